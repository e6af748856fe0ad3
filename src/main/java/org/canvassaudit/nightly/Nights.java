package org.canvassaudit.nightly;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.canvassaudit.warehouse.Warehouse;

/**
 * The nights the warehouse has a record of, for the commands that look back at them.
 */
public final class Nights {

	private static final String COLUMNS = "SELECT run_id, as_of, started_at, finished_at, status, exit_code FROM run ";

	private Nights() {
	}

	/**
	 * @param warehouse the warehouse
	 * @return every run, oldest first
	 */
	public static List<Night> all(Warehouse warehouse) {
		return query(warehouse, COLUMNS + "ORDER BY run_id");
	}

	/**
	 * @param warehouse the warehouse
	 * @return the latest completed night
	 */
	public static Optional<Night> latestCompleted(Warehouse warehouse) {
		return query(warehouse, COLUMNS + "WHERE status = 'COMPLETED' ORDER BY run_id DESC LIMIT 1").stream()
			.findFirst();
	}

	/**
	 * @param warehouse the warehouse
	 * @param asOf an as-of date
	 * @return the latest completed night with that as-of date
	 */
	public static Optional<Night> completedOn(Warehouse warehouse, LocalDate asOf) {
		return query(warehouse, COLUMNS + "WHERE status = 'COMPLETED' AND as_of = ? ORDER BY run_id DESC LIMIT 1", asOf)
			.stream()
			.findFirst();
	}

	/**
	 * @param warehouse the warehouse
	 * @return the latest run, completed or not, or 0 before the first
	 */
	public static int latestRunId(Warehouse warehouse) {
		Integer max = warehouse.jdbc().queryForObject("SELECT max(run_id) FROM run", Integer.class);
		return (max != null) ? max : 0;
	}

	/**
	 * @param warehouse the warehouse
	 * @param candidate a candidate id, any case
	 * @return the id as the latest night's roster spells it, if the candidate is in it
	 */
	public static Optional<String> rosterId(Warehouse warehouse, String candidate) {
		return warehouse.jdbc()
			.queryForList("""
					SELECT DISTINCT candidate_id FROM access_snapshot
					WHERE run_id = (SELECT max(run_id) FROM access_snapshot) AND lower(candidate_id) = lower(?)""",
					String.class, candidate.strip())
			.stream()
			.findFirst();
	}

	private static List<Night> query(Warehouse warehouse, String sql, Object... arguments) {
		return warehouse.jdbc()
			.query(sql,
					(row, n) -> new Night(row.getInt(1), row.getObject(2, LocalDate.class),
							row.getObject(3, LocalDateTime.class), row.getObject(4, LocalDateTime.class),
							row.getString(5), (Integer) row.getObject(6)),
					arguments);
	}

	/**
	 * A night's run.
	 *
	 * @param runId the run
	 * @param asOf its as-of date
	 * @param startedAt when it started (UTC)
	 * @param finishedAt when it ended (UTC), or {@code null}
	 * @param status {@code STARTED}, {@code COMPLETED} or {@code FAILED}
	 * @param exitCode its exit code, or {@code null} while running
	 */
	public record Night(int runId, LocalDate asOf, LocalDateTime startedAt, LocalDateTime finishedAt, String status,
			Integer exitCode) {
	}

}
