package org.canvassaudit.evaluation;

import org.canvassaudit.warehouse.Warehouse;

/**
 * The one contact behind each {@code contact_id}: among the rows ingested up to a run,
 * the row from the file whose name sorts last (a later file of the same name, then a
 * later row, breaking ties). Worked out once per run into a temporary table, which the
 * evaluation, the evidence links and the conflicts report all read.
 */
public final class ContactWinners {

	private ContactWinners() {
	}

	/**
	 * @param warehouse the warehouse
	 * @param runId the run whose rows count
	 * @return the name of a temporary table
	 * {@code (contact_id, file_seq, row_no, seat_code,
	 * local_date, counted)} of the winning rows, created on first use
	 */
	public static String table(Warehouse warehouse, int runId) {
		String name = "contact_winner_" + runId;
		warehouse.jdbc()
			.execute("CREATE TEMP TABLE IF NOT EXISTS " + name
					+ """
							 AS SELECT c.contact_id, c.file_seq, c.row_no, c.seat_code, c.local_date, c.counted
							FROM contact_row c JOIN source_file f USING (file_seq)
							WHERE f.run_id <= %d
							QUALIFY row_number() OVER (PARTITION BY c.contact_id ORDER BY f.name DESC, c.file_seq DESC, c.row_no DESC) = 1
							"""
						.formatted(runId));
		return name;
	}

}
