package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.canvassaudit.evaluation.Derivation;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Status;
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
 * {@code replay --night DATE}: re-derive a night's decisions from what was known that
 * night (the evidence ingested up to its run, its rulebooks and reference snapshots) and
 * check that they match what it recorded. Exit 0 when they all match, 1 otherwise.
 */
@Component
@Scope("prototype")
@Command(name = "replay", mixinStandardHelpOptions = true,
		description = "Re-derive a past night's decisions and confirm they match what was recorded.")
class ReplayCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--night", required = true, paramLabel = "YYYY-MM-DD", description = "The night's as-of date.")
	LocalDate night;

	private final Warehouses warehouses;

	ReplayCommand(Warehouses warehouses) {
		this.warehouses = warehouses;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		try (Warehouse open = this.warehouses.openReadOnly(this.warehouse.file())) {
			Nights.Night run = Nights.completedOn(open, this.night)
				.orElseThrow(() -> new UsageException("no completed night with as-of date " + this.night));
			Map<String, String> recorded = recorded(open, run.runId());
			Map<String, String> derived = new TreeMap<>();
			for (Decision decision : Derivation.of(open, run.runId(), this.night, run.runId()).decisions()) {
				derived.put(key(decision.candidateId(), decision.period(), decision.rule()), decision.decisionId());
			}
			int mismatches = 0;
			for (String key : union(recorded, derived)) {
				String was = recorded.get(key);
				String now = derived.get(key);
				if (!java.util.Objects.equals(was, now)) {
					mismatches++;
					out.printf("  %s: recorded %s, re-derived %s%n", key, (was != null) ? was : "nothing",
							(now != null) ? now : "nothing");
				}
			}
			out.printf("night %s (run %d): %d decisions re-derived; %s%n", this.night, run.runId(), derived.size(),
					(mismatches == 0) ? "all match what was recorded" : mismatches + " do not match");
			return (mismatches == 0) ? ExitCodes.OK : ExitCodes.FAILED;
		}
	}

	/**
	 * Each decision the night recorded, by its id; when its row no longer reads as that
	 * id (its status or figures edited since), the id its row now gives is shown too.
	 */
	private static Map<String, String> recorded(Warehouse warehouse, int runId) {
		Map<String, String> recorded = new TreeMap<>();
		warehouse.jdbc()
			.query("""
					SELECT d.candidate_id, d.period, d.rule, d.rulebook_version, d.rulebook_sha256, d.status,
						d.own_seat_contacts, d.twinned_sessions, d.required_sessions, d.finished, d.decision_id
					FROM run_decision r JOIN decision d USING (decision_seq) WHERE r.run_id = ?""",
					(java.sql.ResultSet row) -> {
						String content = new Decision(row.getString(1), row.getString(2), row.getString(3),
								row.getInt(4), row.getString(5), Status.valueOf(row.getString(6)),
								(Integer) row.getObject(7), row.getInt(8), row.getInt(9), row.getBoolean(10), null)
							.decisionId();
						String id = row.getString(11);
						recorded.put(key(row.getString(1), row.getString(2), row.getString(3)),
								id.equals(content) ? id : id + " (its row now reads as " + content + ")");
					}, runId);
		return recorded;
	}

	private static java.util.SortedSet<String> union(Map<String, String> a, Map<String, String> b) {
		java.util.SortedSet<String> keys = new java.util.TreeSet<>(a.keySet());
		keys.addAll(b.keySet());
		return keys;
	}

	private static String key(String candidateId, String period, String rule) {
		return candidateId + " " + period + " " + rule;
	}

}
