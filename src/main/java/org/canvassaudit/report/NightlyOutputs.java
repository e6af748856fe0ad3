package org.canvassaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

	private final HqReport hqReport;

	public NightlyOutputs(HqReport hqReport) {
		this.hqReport = hqReport;
	}

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
		ConflictsCsv.write(warehouse, night.runId(), folder.file("conflicts-" + asOf + ".csv"));
		Evaluation evaluation = night.evaluation();
		try (DecisionsWorkbook workbook = new DecisionsWorkbook()) {
			write(DecisionsTable.of(evaluation.decisions()), folder.file("decisions-" + asOf + ".csv"), workbook);
			write(AccessTable.of(evaluation.access()), folder.file("access-" + asOf + ".csv"), workbook);
			write(AccessChangesTable.of(new AccessLedger(warehouse).changesOf(night.runId())),
					folder.file("access-changes-" + asOf + ".csv"), workbook);
			write(ReviewQueueTable.of(evaluation.facts().sheetMatches()), folder.file("review-queue-" + asOf + ".csv"),
					workbook);
			write(RejectsTable.of(warehouse, night.runId()), folder.file("rejects-" + asOf + ".csv"), workbook);
			workbook.save(folder.file("decisions-" + asOf + ".xlsx"));
		}
		if (evaluation.gotv() != null) {
			GotvCsv.write(evaluation.gotv(), folder.file("gotv-" + evaluation.gotv().pollingDay() + ".csv"));
		}
		this.hqReport.write(warehouse, night, folder.file("hq-report-" + asOf + ".pdf"));
		return summary;
	}

	/**
	 * Write a table as its CSV file and as its sheet of the workbook in one pass over its
	 * rows.
	 * @param table the table
	 * @param csvFile its CSV file
	 * @param workbook the workbook to add its sheet to
	 */
	static void write(Table table, Path csvFile, DecisionsWorkbook workbook) {
		try (CsvOutput csv = CsvOutput.create(csvFile, table.columns()); SheetOutput sheet = workbook.sheet(table)) {
			table.rows().each((row) -> {
				csv.row(row);
				sheet.row(row);
			});
		}
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
