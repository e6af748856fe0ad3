package org.canvassaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.canvassaudit.access.AccessState;
import org.canvassaudit.audit.Digest;
import org.canvassaudit.evaluation.AccessForecast;
import org.canvassaudit.evaluation.Derivation;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.RulebookException;
import org.canvassaudit.rules.RulebookParser;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.Warehouses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code simulate --rulebook FILE}: what a draft rulebook would change over the evidence
 * held, as of the latest night: which decisions and which access states, for whom. It
 * opens the warehouse read-only, so it cannot write anything.
 */
@Component
@Scope("prototype")
@Command(name = "simulate", mixinStandardHelpOptions = true,
		description = "Preview a draft rulebook: which decisions and access states would change, for whom.")
class SimulateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--rulebook", required = true, paramLabel = "FILE", description = "The draft rulebook (YAML).")
	Path rulebook;

	private final Warehouses warehouses;

	SimulateCommand(Warehouses warehouses) {
		this.warehouses = warehouses;
	}

	@Override
	public Integer call() {
		Rulebook draft = draft();
		PrintWriter out = this.spec.commandLine().getOut();
		try (Warehouse open = this.warehouses.openReadOnly(this.warehouse.file())) {
			Nights.Night night = Nights.latestCompleted(open)
				.orElseThrow(() -> new UsageException("the warehouse has no completed night yet"));
			Derivation held = Derivation.of(open, night.runId(), night.asOf(), Integer.MAX_VALUE);
			Derivation drafted = held.withDraft(draft);
			out.printf("Draft rulebook %s version %d, effective from %s, over the evidence held on the night of %s%n",
					draft.name(), draft.version(), draft.effectiveFrom(), night.asOf());
			SortedSet<String> candidates = new TreeSet<>();
			int decisions = compareDecisions(held, drafted, out, candidates);
			int access = compareAccess(held, drafted, out, candidates);
			out.printf("%d decisions and %d access states would change, for %d candidates%n", decisions, access,
					candidates.size());
			return ExitCodes.OK;
		}
	}

	private Rulebook draft() {
		try {
			String yaml = Files.readString(this.rulebook, StandardCharsets.UTF_8);
			return RulebookParser.parse(yaml, Digest.ofFile(this.rulebook));
		}
		catch (IOException ex) {
			throw new UsageException("cannot read the draft rulebook " + this.rulebook + ": " + ex.getMessage());
		}
		catch (RulebookException ex) {
			throw new UsageException("the draft rulebook " + this.rulebook + " is not valid: " + ex.getMessage());
		}
	}

	private static int compareDecisions(Derivation held, Derivation drafted, PrintWriter out,
			SortedSet<String> candidates) {
		Map<String, Decision> before = byKey(held);
		Map<String, Decision> after = byKey(drafted);
		SortedSet<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		int changed = 0;
		for (String key : keys) {
			String was = describe(before.get(key));
			String would = describe(after.get(key));
			if (!Objects.equals(was, would)) {
				changed++;
				Decision any = (after.get(key) != null) ? after.get(key) : before.get(key);
				candidates.add(any.candidateId());
				out.printf("  decision %s: %s -> %s%n", key, was, would);
			}
		}
		return changed;
	}

	private static int compareAccess(Derivation held, Derivation drafted, PrintWriter out,
			SortedSet<String> candidates) {
		Map<String, AccessState> before = AccessForecast.of(held);
		Map<String, AccessState> after = AccessForecast.of(drafted);
		int changed = 0;
		for (Map.Entry<String, AccessState> entry : after.entrySet()) {
			AccessState was = before.get(entry.getKey());
			if (was != entry.getValue()) {
				changed++;
				candidates.add(entry.getKey().substring(0, entry.getKey().indexOf(' ')));
				out.printf("  access %s: %s -> %s%n", entry.getKey(), was, entry.getValue());
			}
		}
		return changed;
	}

	private static Map<String, Decision> byKey(Derivation derivation) {
		Map<String, Decision> decisions = new TreeMap<>();
		for (Decision decision : derivation.decisions()) {
			decisions.put(decision.candidateId() + " " + decision.period() + " " + decision.rule(), decision);
		}
		return decisions;
	}

	private static String describe(Decision decision) {
		if (decision == null) {
			return "no decision";
		}
		return decision.status() + " ("
				+ ((decision.ownSeatContacts() != null) ? decision.ownSeatContacts() + " contacts, " : "")
				+ decision.twinnedSessions() + " of " + decision.requiredSessions() + ")";
	}

}
