package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.canvassaudit.access.AccessChange;
import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.evaluation.AppealRulings;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.report.AppealLetter;
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
 * {@code appeal decide --appeal ID --outcome upheld|dismissed --reviewer NAME --reason TEXT
 * [--date YYYY-MM-DD] [--out DIR]}: an appeal is decided once. Upheld, it voids the
 * breach and restores what it revoked from the decision's date (or lifts the denial);
 * either way the candidate gets an outcome letter, {@code appeal-<id>.pdf}.
 */
@Component
@Scope("prototype")
@Command(name = "decide", mixinStandardHelpOptions = true, description = "Decide an appeal, once.")
class AppealDecideCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--appeal", required = true, paramLabel = "ID")
	String appealId;

	@Option(names = "--outcome", required = true, paramLabel = "upheld|dismissed")
	String outcome;

	@Option(names = "--reviewer", required = true, paramLabel = "NAME")
	String reviewer;

	@Option(names = "--reason", required = true, paramLabel = "TEXT")
	String reason;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD",
			description = "The date access is restored from (default: today).")
	LocalDate date;

	@Option(names = "--out", paramLabel = "DIR", description = "Where the letter goes (default: here).")
	Path out = Path.of(".");

	private final Warehouses warehouses;

	private final AppealLetter letter;

	AppealDecideCommand(Warehouses warehouses, AppealLetter letter) {
		this.warehouses = warehouses;
		this.letter = letter;
	}

	@Override
	public Integer call() throws Exception {
		boolean upheld = upheld();
		if (this.reviewer.isBlank() || this.reason.isBlank()) {
			throw new UsageException("--reviewer and --reason must not be empty");
		}
		try (Warehouse open = this.warehouses.openExisting(this.warehouse.file())) {
			Appeal appeal = new Appeals(open).find(this.appealId)
				.orElseThrow(() -> new UsageException("no appeal " + this.appealId));
			if (!appeal.isOpen()) {
				throw new UsageException("appeal " + appeal.appealId() + " was already decided: "
						+ appeal.outcome().word() + " on " + appeal.outcome().decidedOn());
			}
			LocalDate on = (this.date != null) ? this.date : LocalDate.now(ZoneOffset.UTC);
			Appeal.Outcome decision = new Appeal.Outcome(upheld, this.reviewer.strip(), this.reason.strip(), on,
					LocalDateTime.now(ZoneOffset.UTC).withNano(0), Nights.latestRunId(open));
			AppealRulings.Ruling ruling = new AppealRulings(open).decide(appeal, decision);
			Appeal decided = new Appeals(open).find(appeal.appealId()).orElseThrow();
			Files.createDirectories(this.out);
			Path file = this.out.resolve("appeal-" + decided.appealId() + ".pdf");
			this.letter.write(open, decided, ruling, file);
			print(decided, ruling, file);
			return ExitCodes.OK;
		}
	}

	private boolean upheld() {
		return switch (this.outcome.strip().toLowerCase(Locale.ROOT)) {
			case "upheld" -> true;
			case "dismissed" -> false;
			default -> throw new UsageException("--outcome must be upheld or dismissed, not " + this.outcome);
		};
	}

	private void print(Appeal appeal, AppealRulings.Ruling ruling, Path file) {
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("Appeal %s %s by %s on %s%n", appeal.appealId(), appeal.outcome().word(),
				appeal.outcome().reviewer(), appeal.outcome().decidedOn());
		if (ruling.voidedDecisionId() != null) {
			out.printf("  breach voided: decision %s%n", ruling.voidedDecisionId());
		}
		for (AccessChange change : ruling.changes()) {
			out.printf("  access %s %s: %s -> %s from %s (%s)%n", change.candidateId(), change.tool().key(),
					change.from(), change.to(), change.effective(), change.reason());
		}
		if (ruling.changes().isEmpty()) {
			out.println("  no access changes");
		}
		out.printf("  letter: %s%n", file.toAbsolutePath().normalize());
	}

}
