package org.canvassaudit.evaluation;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.canvassaudit.warehouse.Warehouse;

/**
 * Settled review-queue rows. A settlement counts from the first run after it was made.
 */
public final class ReviewResolutions {

	private ReviewResolutions() {
	}

	/**
	 * @param warehouse the warehouse
	 * @param runId a run
	 * @return the settlements made before that run: ref to candidate id, or to
	 * {@code null} for a row settled as nobody's (the latest settlement of a row wins)
	 */
	public static Map<String, String> before(Warehouse warehouse, int runId) {
		Map<String, String> resolutions = new HashMap<>();
		warehouse.jdbc().query("""
				SELECT ref, candidate_id FROM review_resolution WHERE after_run < ?
				ORDER BY resolution_seq""", (ResultSet row) -> {
			resolutions.put(row.getString(1), row.getString(2));
		}, runId);
		return resolutions;
	}

}
