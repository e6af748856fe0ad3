package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.List;

import org.canvassaudit.audit.Payload;
import org.canvassaudit.ingest.FileOutcome;
import org.canvassaudit.ingest.RowCounts;

/**
 * {@code run-summary-<as-of>.json}: one entry per file seen, reference files and
 * rulebooks included, so an operator can reconcile every row of every file.
 */
public final class RunSummaryJson {

	private RunSummaryJson() {
	}

	/**
	 * @param asOf the night
	 * @param exitCode the night's exit code
	 * @param files every file seen, in processing order
	 * @return the JSON text
	 */
	public static String of(LocalDate asOf, int exitCode, List<FileOutcome> files) {
		StringBuilder json = new StringBuilder();
		json.append("{\"as_of\": \"").append(asOf).append("\", \"exit_code\": ").append(exitCode);
		json.append(",\n \"files\": [");
		for (int i = 0; i < files.size(); i++) {
			json.append((i == 0) ? "\n  " : ",\n  ").append(file(files.get(i)));
		}
		json.append(files.isEmpty() ? "]}\n" : "\n ]}\n");
		return json.toString();
	}

	private static String file(FileOutcome file) {
		RowCounts counts = file.counts();
		return Payload.of("path", file.path(), "sha256", file.sha256(), "status", file.status().word(), "reason",
				file.reason(), "rows_read", counts.rowsRead(), "loaded", counts.loaded(), "rejected", counts.rejected(),
				"blank", counts.blank(), "duplicates", counts.duplicates());
	}

}
