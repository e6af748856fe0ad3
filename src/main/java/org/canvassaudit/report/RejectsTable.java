package org.canvassaudit.report;

import java.util.List;

import org.canvassaudit.warehouse.Warehouse;

/**
 * The rejects table ({@code rejects-<as-of>.csv}, sheet {@code Rejects}): every row this
 * night rejected, with the field and the reason, numbered as a spreadsheet shows it. A
 * bad export can reject millions of rows, so they stream from the warehouse.
 */
final class RejectsTable {

	private RejectsTable() {
	}

	static Table of(Warehouse warehouse, int runId) {
		return new Table("Rejects", List.of("file", "sheet", "row", "field", "reason"),
				(sink) -> warehouse.jdbc().query("""
						SELECT f.path, r.sheet, r.row_no, r.field, r.reason
						FROM reject r JOIN source_file f USING (file_seq)
						WHERE f.run_id = ?
						ORDER BY f.path, coalesce(r.sheet, ''), r.row_no, r.field""", (row) -> {
					sink.accept(new Object[] { row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
							row.getString(5) });
				}, runId));
	}

}
