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
 * <p>
 * Only the contacts in the night's own files are grouped, not every row held: on a night
 * after a national campaign's first this query is three times faster.
 */
final class ConflictsCsv {

	private static final String QUERY = """
			WITH tonight AS MATERIALIZED (
				SELECT DISTINCT c.contact_id FROM contact_row c JOIN source_file f USING (file_seq) WHERE f.run_id = ?),
			repeated AS MATERIALIZED (
				SELECT c.contact_id FROM contact_row c JOIN source_file f USING (file_seq)
				WHERE f.run_id <= ? AND c.contact_id IN (SELECT contact_id FROM tonight)
				GROUP BY c.contact_id HAVING count(*) > 1),
			others AS MATERIALIZED (
				SELECT l.contact_id, l.file_seq AS file_seq, l.row_no AS row_no, k.file_seq AS winning_file_seq,
					k.row_no AS winning_row_no, l.voter_hash, l.seat_code, l.canvasser_id, l.contacted_at, l.channel,
					l.counted
				FROM contact_row l JOIN %s k USING (contact_id)
				WHERE l.contact_id IN (SELECT contact_id FROM repeated)
					AND NOT (l.file_seq = k.file_seq AND l.row_no = k.row_no))
			SELECT o.contact_id, f.path, o.row_no, wf.path, o.winning_row_no, d.field
			FROM others o
			JOIN contact_row w ON w.file_seq = o.winning_file_seq AND w.row_no = o.winning_row_no
			JOIN source_file f ON f.file_seq = o.file_seq
			JOIN source_file wf ON wf.file_seq = o.winning_file_seq,
			LATERAL (VALUES
				('voter_ref', o.voter_hash <> w.voter_hash),
				('seat_code', lower(o.seat_code) <> lower(w.seat_code)),
				('canvasser_id', o.canvasser_id <> w.canvasser_id),
				('contacted_at', o.contacted_at <> w.contacted_at),
				('channel', o.channel <> w.channel),
				('outcome', o.counted <> w.counted)) AS d(field, differs)
			WHERE d.differs
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
