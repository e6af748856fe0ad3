package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.appeal.EvidenceStore;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.Warehouses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code appeal lodge --candidate ID --week W --grounds TEXT [--evidence FILE]...}:
 * against the latest night's breach decision for that candidate and period, or else
 * against the tools the candidate's seat classification denies. Prints the new appeal's
 * id alone on its last line.
 */
@Component
@Scope("prototype")
@Command(name = "lodge", mixinStandardHelpOptions = true,
		description = "Lodge an appeal against a breach or a classification denial.")
class AppealLodgeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--candidate", required = true, paramLabel = "ID")
	String candidate;

	@Option(names = "--week", required = true, paramLabel = "W", description = "The ISO week, or a recess name.")
	String week;

	@Option(names = "--grounds", required = true, paramLabel = "TEXT")
	String grounds;

	@Option(names = "--evidence", paramLabel = "FILE", description = "A file to send with it; repeatable.")
	List<Path> evidence = new ArrayList<>();

	private final Warehouses warehouses;

	private final long maxEvidenceBytes;

	AppealLodgeCommand(Warehouses warehouses,
			@Value("${canvass.appeals.max-evidence-bytes:10485760}") long maxEvidenceBytes) {
		this.warehouses = warehouses;
		this.maxEvidenceBytes = maxEvidenceBytes;
	}

	@Override
	public Integer call() {
		if (this.grounds.isBlank()) {
			throw new UsageException("--grounds must say why");
		}
		try (Warehouse open = this.warehouses.openExisting(this.warehouse.file())) {
			Nights.Night night = Nights.latestCompleted(open)
				.orElseThrow(() -> new UsageException("no night has completed yet: there is nothing to appeal"));
			Appeals.Lodging lodging = new AppealTargets(open, night.runId()).lodging(this.candidate, this.week,
					this.grounds.strip());
			EvidenceStore store = new EvidenceStore(open.file(), this.maxEvidenceBytes);
			this.evidence.forEach(store::check);
			Appeal appeal = open.inTransaction(() -> {
				List<Appeal.EvidenceFile> files = this.evidence.stream().map(store::store).toList();
				return new Appeals(open).lodge(lodging, files, Nights.latestRunId(open));
			});
			print(appeal);
			return ExitCodes.OK;
		}
	}

	private void print(Appeal appeal) {
		PrintWriter out = this.spec.commandLine().getOut();
		out.printf("Appeal %s lodged by %s against %s%n", appeal.appealId(), appeal.candidateId(), appeal.isDenial()
				? "the denial of " + String.join(", ", appeal.deniedTools()) + " (" + appeal.classification() + ")"
				: "decision " + appeal.decisionId() + " (" + appeal.rule() + " " + appeal.period() + ", BREACH)");
		for (Appeal.EvidenceFile file : appeal.evidence()) {
			out.printf("  evidence %s (%d bytes) sha256 %s%n", file.fileName(), file.sizeBytes(), file.sha256());
		}
		out.println(appeal.appealId());
	}

}
