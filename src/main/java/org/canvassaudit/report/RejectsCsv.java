package org.canvassaudit.report;

import java.nio.file.Path;
import java.util.List;

import org.canvassaudit.warehouse.Warehouse;

/**
 * {@code rejects-<as-of>.csv}: every row this night rejected, with the field and the
 * reason, numbered as a spreadsheet shows it.
 */
final class RejectsCsv {

	private RejectsCsv() {
	}

	static void write(Warehouse warehouse, int runId, Path file) {
		try (CsvOutput csv = CsvOutput.create(file, List.of("file", "sheet", "row", "field", "reason"))) {
			warehouse.jdbc().query("""
					SELECT f.path, r.sheet, r.row_no, r.field, r.reason
					FROM reject r JOIN source_file f USING (file_seq)
					WHERE f.run_id = ?
					ORDER BY f.path, coalesce(r.sheet, ''), r.row_no, r.field""", (row) -> {
				csv.row(row.getString(1), row.getString(2), row.getInt(3), row.getString(4), row.getString(5));
			}, runId);
		}
	}

}
