package org.canvassaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.canvassaudit.ingest.FileOutcome;
import org.canvassaudit.warehouse.Warehouse;

import org.springframework.stereotype.Component;

/**
 * Writes a night's output files into {@code --out}, all or none.
 */
@Component
public class NightlyOutputs {

	/**
	 * @param warehouse the warehouse
	 * @param runId the night's run
	 * @param asOf the night
	 * @param exitCode the night's exit code
	 * @param files every file seen
	 * @param folder the staged output folder
	 * @return the run summary JSON
	 */
	public String write(Warehouse warehouse, int runId, LocalDate asOf, int exitCode, List<FileOutcome> files,
			OutputFolder folder) {
		String summary = RunSummaryJson.of(asOf, exitCode, files);
		try {
			Files.writeString(folder.file("run-summary-" + asOf + ".json"), summary, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RejectsCsv.write(warehouse, runId, folder.file("rejects-" + asOf + ".csv"));
		return summary;
	}

}
