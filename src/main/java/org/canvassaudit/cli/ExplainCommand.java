package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.canvassaudit.evaluation.Derivation;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.report.DecisionDossier;
import org.canvassaudit.report.ExplanationText;
import org.canvassaudit.rules.Decision;
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
 * {@code explain --candidate ID --week W}: the derivation of the latest night's decision,
 * with its evidence rows and the distance to each threshold. {@code --week} also takes a
 * recess name.
 */
@Component
@Scope("prototype")
@Command(name = "explain", mixinStandardHelpOptions = true,
		description = "Show how a decision was reached, its evidence, and what it would take to change it.")
class ExplainCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--candidate", required = true, paramLabel = "ID", description = "The candidate id.")
	String candidate;

	@Option(names = "--week", required = true, paramLabel = "W",
			description = "The ISO week, e.g. 2024-W24, or a recess name.")
	String week;

	private final Warehouses warehouses;

	ExplainCommand(Warehouses warehouses) {
		this.warehouses = warehouses;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		try (Warehouse open = this.warehouses.openReadOnly(this.warehouse.file())) {
			Nights.Night night = Nights.latestCompleted(open)
				.orElseThrow(() -> new UsageException("the warehouse has no completed night yet"));
			List<DecisionDossier> dossiers = DecisionDossier.find(open, night.runId(), this.candidate, this.week);
			if (dossiers.isEmpty()) {
				throw new UsageException("no decision for candidate " + this.candidate + " and " + this.week
						+ " on the night of " + night.asOf());
			}
			out.printf("As of the night of %s (run %d)%n%n", night.asOf(), night.runId());
			// A recess decision's why-not is the dates it did not count, which only the
			// night's derivation knows.
			List<Decision> derived = dossiers.stream().anyMatch((d) -> Decision.RECESS_VISITS.equals(d.rule()))
					? Derivation.of(open, night.runId(), night.asOf(), night.runId()).decisions() : List.of();
			for (DecisionDossier dossier : dossiers) {
				ExplanationText.print(dossier, basis(derived, dossier), out);
			}
			return ExitCodes.OK;
		}
	}

	private static Decision.Basis basis(List<Decision> derived, DecisionDossier dossier) {
		return derived.stream()
			.filter((d) -> d.candidateId().equals(dossier.candidateId()) && d.period().equals(dossier.period())
					&& d.rule().equals(dossier.rule()))
			.map(Decision::basis)
			.findFirst()
			.orElse(null);
	}

}
