package org.canvassaudit.nightly;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.warehouse.Warehouse;

/**
 * The warehouse's record of nights. A night that did not complete is resumed by the next
 * run with the same as-of date, so its files, decisions and outputs come out exactly as
 * an uninterrupted night's would.
 */
final class Runs {

	static final String STARTED = "STARTED";

	static final String COMPLETED = "COMPLETED";

	static final String FAILED = "FAILED";

	private final Warehouse warehouse;

	Runs(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * @param asOf the night's as-of date
	 * @return the run to use: the latest run if it is an unfinished one for that date,
	 * else a new one
	 */
	int startOrResume(LocalDate asOf) {
		return this.warehouse.inTransaction(() -> {
			List<Integer> unfinished = this.warehouse.jdbc().queryForList("""
					SELECT run_id FROM run WHERE run_id = (SELECT max(run_id) FROM run)
					AND as_of = ? AND status <> 'COMPLETED'""", Integer.class, asOf);
			if (!unfinished.isEmpty()) {
				this.warehouse.jdbc().update("UPDATE run SET status = ? WHERE run_id = ?", STARTED, unfinished.get(0));
				return unfinished.get(0);
			}
			Integer max = this.warehouse.jdbc().queryForObject("SELECT max(run_id) FROM run", Integer.class);
			int runId = (max != null) ? max + 1 : 1;
			this.warehouse.jdbc()
				.update("INSERT INTO run (run_id, as_of, started_at, status) VALUES (?, ?, ?, ?)", runId, asOf, now(),
						STARTED);
			return runId;
		});
	}

	/**
	 * Mark a night complete, recording the audit chain's head so that cutting events off
	 * the end of the trail shows.
	 * @param runId the run
	 * @param exitCode its exit code
	 * @param summaryJson its run summary
	 */
	void complete(int runId, int exitCode, String summaryJson) {
		AuditTrail.Head head = new AuditTrail(this.warehouse).head();
		this.warehouse.jdbc()
			.update("""
					UPDATE run SET status = ?, finished_at = ?, exit_code = ?, summary_json = ?, audit_head_seq = ?,
						audit_head_hash = ? WHERE run_id = ?""", COMPLETED, now(), exitCode, summaryJson, head.seq(),
					head.hash(), runId);
	}

	void fail(int runId) {
		this.warehouse.jdbc()
			.update("UPDATE run SET status = ?, finished_at = ?, exit_code = 1 WHERE run_id = ?", FAILED, now(), runId);
	}

	private static LocalDateTime now() {
		return LocalDateTime.now(ZoneOffset.UTC);
	}

}
