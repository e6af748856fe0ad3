package org.canvassaudit.evaluation;

import org.canvassaudit.warehouse.Warehouse;

/**
 * The one contact behind each {@code contact_id}: among the rows ingested up to a run,
 * the row from the file whose name sorts last (a later file of the same name, then a
 * later row, breaking ties). The evaluation, the evidence links and the conflicts report
 * all read it.
 * <p>
 * The latest night's winners are kept in {@code contact_winner}: each night
 * {@linkplain #keep brings it up to date} for the contacts its own files hold, so that a
 * night's cost follows its exports rather than the whole campaign. A past run (replay)
 * has its winners worked out again from every row it knew, into a temporary table.
 */
public final class ContactWinners {

	private static final String WINNERS = """
			SELECT c.contact_id, c.file_seq, c.row_no, c.seat_code, c.local_date, c.counted
			FROM contact_row c JOIN source_file f USING (file_seq)
			WHERE %s
			QUALIFY row_number() OVER (PARTITION BY c.contact_id ORDER BY f.name DESC, c.file_seq DESC, c.row_no DESC) = 1
			""";

	private ContactWinners() {
	}

	/**
	 * Bring {@code contact_winner} up to every file held, in one transaction: the winners
	 * of the contacts in files it has not seen yet are worked out again over all their
	 * rows. Run again, it changes nothing.
	 * @param warehouse the warehouse, at the start of a night's evaluation
	 */
	public static void keep(Warehouse warehouse) {
		warehouse.inTransaction(() -> {
			int seen = upTo(warehouse);
			int latest = latestFile(warehouse);
			if (seen == latest) {
				return null;
			}
			String fresh = "c.contact_id IN (SELECT contact_id FROM contact_row WHERE file_seq > " + seen + ")";
			if (seen > 0) {
				warehouse.jdbc()
					.update("DELETE FROM contact_winner WHERE contact_id IN "
							+ "(SELECT contact_id FROM contact_row WHERE file_seq > ?)", seen);
			}
			warehouse.jdbc().update("INSERT INTO contact_winner " + WINNERS.formatted((seen > 0) ? fresh : "true"));
			warehouse.jdbc().update("UPDATE contact_winner_state SET up_to_file_seq = ?", latest);
			return null;
		});
	}

	/**
	 * @param warehouse the warehouse
	 * @param runId the run whose rows count
	 * @return the name of a table {@code (contact_id, file_seq, row_no, seat_code,
	 * local_date, counted)} of the winning rows: {@code contact_winner} when it holds
	 * exactly that run's rows, else a temporary table, created on first use
	 */
	public static String table(Warehouse warehouse, int runId) {
		Integer latestRun = warehouse.jdbc().queryForObject("SELECT max(run_id) FROM source_file", Integer.class);
		if (upTo(warehouse) == latestFile(warehouse) && (latestRun == null || runId >= latestRun)) {
			return "contact_winner";
		}
		String name = "contact_winner_" + runId;
		warehouse.jdbc()
			.execute("CREATE TEMP TABLE IF NOT EXISTS " + name + " AS " + WINNERS.formatted("f.run_id <= " + runId));
		return name;
	}

	private static int upTo(Warehouse warehouse) {
		return warehouse.jdbc().queryForObject("SELECT up_to_file_seq FROM contact_winner_state", Integer.class);
	}

	private static int latestFile(Warehouse warehouse) {
		return warehouse.jdbc().queryForObject("SELECT coalesce(max(file_seq), 0) FROM source_file", Integer.class);
	}

}
