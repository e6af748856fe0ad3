package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.canvassaudit.evaluation.ReviewResolutions;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.Warehouses;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code review resolve --row REF (--candidate ID | --reject) --reviewer NAME}: settle a
 * review-queue row. The settlement is audited and counts from the next run.
 */
@Component
@Scope("prototype")
@Command(name = "review", mixinStandardHelpOptions = true, description = "Settle review-queue rows.",
		subcommands = ReviewCommand.Resolve.class)
class ReviewCommand {

	/**
	 * {@code review resolve}.
	 */
	@Component
	@Scope("prototype")
	@Command(name = "resolve", mixinStandardHelpOptions = true,
			description = "Assign a review-queue row to a candidate, or reject it as nobody's.")
	static class Resolve implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		WarehouseOption warehouse;

		@Option(names = "--row", required = true, paramLabel = "REF")
		String ref;

		@ArgGroup(exclusive = true, multiplicity = "1")
		Settlement settlement;

		@Option(names = "--reviewer", required = true, paramLabel = "NAME")
		String reviewer;

		private final Warehouses warehouses;

		Resolve(Warehouses warehouses) {
			this.warehouses = warehouses;
		}

		@Override
		public Integer call() {
			if (this.reviewer.isBlank()) {
				throw new UsageException("--reviewer must not be empty");
			}
			try (Warehouse open = this.warehouses.openExisting(this.warehouse.file())) {
				Nights.Night night = Nights.latestCompleted(open)
					.orElseThrow(() -> new UsageException("no night has completed yet: the review queue is empty"));
				String row = queued(open, night);
				String candidateId = (this.settlement.candidate != null) ? Nights
					.rosterId(open, this.settlement.candidate)
					.orElseThrow(
							() -> new UsageException("no candidate " + this.settlement.candidate + " in the roster"))
						: null;
				open.inTransaction(() -> {
					ReviewResolutions.record(open, row, candidateId, this.reviewer.strip(), Nights.latestRunId(open));
					return null;
				});
				PrintWriter out = this.spec.commandLine().getOut();
				out.printf("Review row %s %s by %s.%n", row,
						(candidateId != null) ? "assigned to " + candidateId : "rejected as nobody's",
						this.reviewer.strip());
				out.println("It counts from the next run, which re-derives the weeks it touches: a finished week whose "
						+ "status changes is late evidence, and any access change takes effect from that night.");
				return ExitCodes.OK;
			}
		}

		private String queued(Warehouse open, Nights.Night night) {
			List<String> refs = open.jdbc()
				.queryForList("SELECT ref FROM review_item WHERE run_id = ? AND lower(ref) = lower(?)", String.class,
						night.runId(), this.ref.strip());
			if (refs.isEmpty()) {
				throw new UsageException(
						"no review-queue row " + this.ref.strip() + " on the night of " + night.asOf());
			}
			return refs.get(0);
		}

	}

	/**
	 * Either a candidate, or nobody.
	 */
	static class Settlement {

		@Option(names = "--candidate", paramLabel = "ID", description = "The candidate the row is.")
		String candidate;

		@Option(names = "--reject", description = "The row is nobody's: a volunteer.")
		boolean reject;

	}

}
