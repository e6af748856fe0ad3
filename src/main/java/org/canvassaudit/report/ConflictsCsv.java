package org.canvassaudit.report;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;

import org.canvassaudit.evaluation.ContactWinners;
import org.canvassaudit.warehouse.Warehouse;

/**
 * {@code conflicts-<as-of>.csv}: for every contact the night's exports touched, each row
 * whose values differ from the winning row, one line per differing field. The warehouse
 * keeps no outcome code, so an outcome conflict shows when the counted flag differs.
 */
final class ConflictsCsv {

	private static final String QUERY = """
			WITH touched AS (
				SELECT DISTINCT c.contact_id FROM contact_row c JOIN source_file f USING (file_seq) WHERE f.run_id = ?),
			rows AS (
				SELECT r.*, f.path FROM contact_row r JOIN source_file f USING (file_seq)
				WHERE f.run_id <= ? AND r.contact_id IN (SELECT contact_id FROM touched)),
			winners AS (
				SELECT r.* FROM rows r JOIN %s k ON k.file_seq = r.file_seq AND k.row_no = r.row_no)
			SELECT l.contact_id, l.path, l.row_no, w.path, w.row_no, d.field
			FROM rows l JOIN winners w USING (contact_id),
			LATERAL (VALUES
				('voter_ref', l.voter_hash <> w.voter_hash),
				('seat_code', lower(l.seat_code) <> lower(w.seat_code)),
				('canvasser_id', l.canvasser_id <> w.canvasser_id),
				('contacted_at', l.contacted_at <> w.contacted_at),
				('channel', l.channel <> w.channel),
				('outcome', l.counted <> w.counted)) AS d(field, differs)
			WHERE d.differs AND NOT (l.file_seq = w.file_seq AND l.row_no = w.row_no)
			ORDER BY 1, 2, 3, 4, 5, 6""";

	private ConflictsCsv() {
	}

	static void write(Warehouse warehouse, int runId, Path file) {
		try (CsvOutput csv = CsvOutput.create(file,
				List.of("contact_id", "file", "row", "winning_file", "winning_row", "field"))) {
			warehouse.jdbc().query(QUERY.formatted(ContactWinners.table(warehouse, runId)), (ResultSet row) -> {
				csv.row(row.getString(1), row.getString(2), row.getInt(3), row.getString(4), row.getInt(5),
						row.getString(6));
			}, runId, runId);
		}
	}

}
