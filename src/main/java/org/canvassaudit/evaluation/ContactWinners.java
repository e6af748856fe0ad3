package org.canvassaudit.evaluation;

/**
 * The one contact behind each {@code contact_id}: among the rows ingested up to a run,
 * the row from the file whose name sorts last (a later file of the same name, then a
 * later row, breaking ties). Used as a SQL common table expression {@code winners}, with
 * the run as its one parameter.
 */
public final class ContactWinners {

	/** {@code WITH winners AS (...)}, one parameter: the run. */
	public static final String CTE = """
			WITH winners AS (
				SELECT c.*, f.sha256, f.path
				FROM contact_row c JOIN source_file f USING (file_seq)
				WHERE f.run_id <= ?
				QUALIFY row_number() OVER (PARTITION BY c.contact_id ORDER BY f.name DESC, c.file_seq DESC, c.row_no DESC) = 1)
			""";

	private ContactWinners() {
	}

}
