package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.canvassaudit.access.AccessLedger;
import org.canvassaudit.evaluation.RecordedDecision;
import org.canvassaudit.ingest.FileOutcome;
import org.canvassaudit.ingest.FileStatus;
import org.canvassaudit.nightly.NightlyJobRunner;
import org.canvassaudit.nightly.NightlyRun;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.ops.Folders;
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
 * {@code run}: the nightly job. Ingest the inbox, evaluate, write the outputs, and exit
 * 0, or 3 when a file was quarantined or a row rejected.
 */
@Component
@Scope("prototype")
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Run the nightly job: ingest, evaluate, export, render.")
class RunCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--inbox", required = true, paramLabel = "DIR", description = "The night's inbox folder.")
	Path inbox;

	@Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
			description = "Evidence dated up to this day is evaluated.")
	LocalDate asOf;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the outputs go.")
	Path out;

	private final Warehouses warehouses;

	private final NightlyJobRunner nightlyJob;

	RunCommand(Warehouses warehouses, NightlyJobRunner nightlyJob) {
		this.warehouses = warehouses;
		this.nightlyJob = nightlyJob;
	}

	@Override
	public Integer call() {
		Folders.readable(this.inbox, "--inbox");
		Folders.writable(this.out, "--out");
		Folders.writable(this.warehouses.location(this.warehouse.file()).getParent(), this.warehouse.setting());
		try (Warehouse open = this.warehouses.open(this.warehouse.file())) {
			refuseThePast(open);
			NightlyRun night = this.nightlyJob.run(open, this.inbox, this.asOf, this.out);
			printSummary(night);
			return night.exitCode();
		}
	}

	/**
	 * A night before the latest one run would take back what later nights recorded (weeks
	 * they finished would be pending again): the past is looked at with {@code replay}.
	 */
	private void refuseThePast(Warehouse open) {
		Nights.latestCompleted(open)
			.map(Nights.Night::asOf)
			.filter((latest) -> latest.isAfter(this.asOf))
			.ifPresent((latest) -> {
				throw new UsageException("--as-of " + this.asOf + " is before the night of " + latest
						+ " already run: nights are run forwards; replay --night " + this.asOf
						+ " re-derives a past night");
			});
	}

	private void printSummary(NightlyRun night) {
		PrintWriter out = this.spec.commandLine().getOut();
		long ingested = count(night, FileStatus.INGESTED);
		long quarantined = count(night, FileStatus.QUARANTINED);
		int rejected = night.files().stream().mapToInt((file) -> file.counts().rejected()).sum();
		out.printf("canvass-audit night of %s (run %d)%n", night.asOf(), night.runId());
		out.printf("  files: %d ingested, %d skipped, %d quarantined, %d ignored; %d rows rejected%n", ingested,
				count(night, FileStatus.SKIPPED), quarantined, count(night, FileStatus.IGNORED), rejected);
		for (FileOutcome file : night.files()) {
			if (file.status() == FileStatus.QUARANTINED) {
				out.printf("  quarantined %s: %s%n", file.path(), file.reason());
			}
		}
		List<RecordedDecision> decisions = night.evaluation().decisions();
		long candidates = night.evaluation().facts().evidence().roster().size();
		long breaches = decisions.stream().filter((row) -> row.decision().status() == Status.BREACH).count();
		long pending = decisions.stream().filter((row) -> row.decision().status() == Status.PENDING).count();
		out.printf("  decisions: %d candidates, %d decisions, %d breaches, %d pending%n", candidates, decisions.size(),
				breaches, pending);
		out.printf("  access changes recorded tonight: %d%n",
				new AccessLedger(night.warehouse()).changesOf(night.runId()).size());
		out.printf("  outputs: %s%n", night.out().toAbsolutePath().normalize());
		out.printf("  exit code %d%n", night.exitCode());
	}

	private static long count(NightlyRun night, FileStatus status) {
		return night.files().stream().filter((file) -> file.status() == status).count();
	}

}
