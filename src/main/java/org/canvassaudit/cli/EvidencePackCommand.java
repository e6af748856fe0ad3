package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.canvassaudit.nightly.Nights;
import org.canvassaudit.report.DecisionDossier;
import org.canvassaudit.report.EvidencePack;
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
 * {@code evidence-pack --candidate ID --week W --out FILE.pdf}, or
 * {@code --all --week W --out DIR} for every candidate with a decision that week: the
 * evidence behind the latest night's decision as a PDF the candidate can check.
 * {@code --week} also takes a recess name. No such decision, or no warehouse, is an
 * {@link IllegalArgumentException}: bad usage, exit 2.
 */
@Component
@Scope("prototype")
@Command(name = "evidence-pack", mixinStandardHelpOptions = true,
		description = "Write the evidence behind a decision as a PDF a candidate can check, figure by figure.")
class EvidencePackCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--candidate", paramLabel = "ID", description = "The candidate id (or use --all).")
	String candidate;

	@Option(names = "--all", description = "Every candidate with a decision that week; --out is then a folder.")
	boolean all;

	@Option(names = "--week", required = true, paramLabel = "W",
			description = "The ISO week, e.g. 2024-W24, or a recess name.")
	String week;

	@Option(names = "--out", required = true, paramLabel = "FILE.pdf|DIR",
			description = "The PDF to write, or with --all the folder to write one PDF per candidate into.")
	Path out;

	private final Warehouses warehouses;

	private final EvidencePack evidencePack;

	EvidencePackCommand(Warehouses warehouses, EvidencePack evidencePack) {
		this.warehouses = warehouses;
		this.evidencePack = evidencePack;
	}

	@Override
	public Integer call() {
		checkUsage();
		try (Warehouse open = this.warehouses.openReadOnly(this.warehouse.file())) {
			Nights.Night night = Nights.latestCompleted(open)
				.orElseThrow(() -> new UsageException("the warehouse has no completed night yet"));
			if (this.all) {
				writeAll(open, night);
			}
			else {
				writeOne(open, night);
			}
			return ExitCodes.OK;
		}
	}

	private void writeAll(Warehouse open, Nights.Night night) {
		PrintWriter out = this.spec.commandLine().getOut();
		List<Path> files = this.evidencePack.writeAll(open, night.runId(), night.asOf(), this.week, this.out);
		files.forEach(out::println);
		out.printf("Wrote %d evidence packs for %s (night of %s) into %s%n", files.size(), this.week, night.asOf(),
				this.out);
	}

	private void writeOne(Warehouse open, Nights.Night night) {
		DecisionDossier packed = this.evidencePack.write(open, night.runId(), night.asOf(), this.candidate, this.week,
				this.out);
		this.spec.commandLine()
			.getOut()
			.printf("Wrote the evidence pack for %s %s, %s: %s (night of %s) to %s%n", packed.candidateId(),
					packed.candidateName(), packed.period(), packed.status(), night.asOf(), this.out);
	}

	private void checkUsage() {
		if (this.all == (this.candidate != null)) {
			throw new UsageException("give either --candidate ID or --all, not " + (this.all ? "both" : "neither"));
		}
		if (this.all && Files.exists(this.out) && !Files.isDirectory(this.out)) {
			throw new UsageException("with --all, --out is a folder: " + this.out + " is a file");
		}
		if (!this.all && Files.isDirectory(this.out)) {
			throw new UsageException("--out is the PDF file to write: " + this.out + " is a folder");
		}
	}

}
