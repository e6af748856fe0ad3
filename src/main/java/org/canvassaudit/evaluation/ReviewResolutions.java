package org.canvassaudit.evaluation;

import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import org.canvassaudit.audit.AuditEvent;
import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.audit.Seal;
import org.canvassaudit.audit.Seals;
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

	/**
	 * Record a settlement and seal it, inside the caller's transaction.
	 * @param warehouse the warehouse
	 * @param ref the review-queue row
	 * @param candidateId the candidate it is, or {@code null} when it is nobody's
	 * @param reviewer who settled it
	 * @param afterRun the latest night
	 */
	public static void record(Warehouse warehouse, String ref, String candidateId, String reviewer, int afterRun) {
		Integer max = warehouse.jdbc()
			.queryForObject("SELECT max(resolution_seq) FROM review_resolution", Integer.class);
		int seq = (max != null) ? max + 1 : 1;
		warehouse.jdbc()
			.update("""
					INSERT INTO review_resolution (resolution_seq, ref, candidate_id, reviewer, resolved_at, after_run)
					VALUES (?, ?, ?, ?, ?, ?)""", seq, ref, candidateId, reviewer,
					LocalDateTime.now(ZoneOffset.UTC).withNano(0), afterRun);
		List<AuditEvent> events = new ArrayList<>();
		for (Seal.Sealed sealed : Seals.REVIEW_RESOLUTION.payloads(warehouse, "resolution_seq = ?", seq)) {
			events.add(new AuditEvent(Seals.REVIEW_RESOLUTION.eventType(), "review row " + ref, sealed.payload()));
		}
		new AuditTrail(warehouse).record(null, events);
	}

}
