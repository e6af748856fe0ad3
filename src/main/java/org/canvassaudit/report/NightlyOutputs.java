package org.canvassaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.canvassaudit.access.AccessLedger;
import org.canvassaudit.evaluation.Evaluation;
import org.canvassaudit.ingest.FileOutcome;
import org.canvassaudit.warehouse.Warehouse;

import org.springframework.stereotype.Component;

/**
 * Writes a night's output files (SPEC §5) into a staged output folder.
 */
@Component
public class NightlyOutputs {

	/**
	 * @param warehouse the warehouse
	 * @param night what the night did
	 * @param folder the staged output folder
	 * @return the run summary JSON
	 */
	public String write(Warehouse warehouse, Night night, OutputFolder folder) {
		LocalDate asOf = night.asOf();
		String summary = RunSummaryJson.of(asOf, night.exitCode(), night.files());
		try {
			Files.writeString(folder.file("run-summary-" + asOf + ".json"), summary, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RejectsCsv.write(warehouse, night.runId(), folder.file("rejects-" + asOf + ".csv"));
		ConflictsCsv.write(warehouse, night.runId(), folder.file("conflicts-" + asOf + ".csv"));
		Evaluation evaluation = night.evaluation();
		DecisionsCsv.write(evaluation.decisions(), folder.file("decisions-" + asOf + ".csv"));
		AccessCsv.writeAccess(evaluation.access(), folder.file("access-" + asOf + ".csv"));
		AccessCsv.writeChanges(new AccessLedger(warehouse).changesOf(night.runId()),
				folder.file("access-changes-" + asOf + ".csv"));
		ReviewQueueCsv.write(evaluation.facts().sheetMatches(), folder.file("review-queue-" + asOf + ".csv"));
		if (evaluation.gotv() != null) {
			GotvCsv.write(evaluation.gotv(), folder.file("gotv-" + evaluation.gotv().pollingDay() + ".csv"));
		}
		return summary;
	}

	/**
	 * What a night did, as its outputs need it.
	 *
	 * @param runId the run
	 * @param asOf the as-of date
	 * @param exitCode its exit code
	 * @param files every file seen
	 * @param evaluation its evaluation
	 */
	public record Night(int runId, LocalDate asOf, int exitCode, List<FileOutcome> files, Evaluation evaluation) {
	}

}
