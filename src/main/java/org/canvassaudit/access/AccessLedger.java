package org.canvassaudit.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.audit.AuditEvent;
import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.audit.Seal;
import org.canvassaudit.audit.Seals;
import org.canvassaudit.rules.Tool;
import org.canvassaudit.warehouse.Appends;
import org.canvassaudit.warehouse.Warehouse;
import org.duckdb.DuckDBAppender;

/**
 * The warehouse's record of access: every transition, sealed in the audit trail, and each
 * night's state of every tool.
 */
public final class AccessLedger {

	private final Warehouse warehouse;

	public AccessLedger(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * @param runId a run
	 * @return the latest access recorded by that run or before it, by candidate and tool
	 */
	public Map<String, Map<Tool, ToolAccess>> latest(int runId) {
		Map<String, Map<Tool, ToolAccess>> access = new HashMap<>();
		this.warehouse.jdbc().query("""
				SELECT candidate_id, tool, state, since, reason, decision_id,
					underlying_state, underlying_since, underlying_reason, underlying_decision_id
				FROM access_snapshot
				WHERE run_id = (SELECT max(run_id) FROM access_snapshot WHERE run_id <= ?)""", (ResultSet row) -> {
			Tool tool = Tool.ofKey(row.getString(2));
			ToolAccess toolAccess = new ToolAccess(row.getString(1), tool, state(row, 3), state(row, 7));
			access.computeIfAbsent(row.getString(1), (k) -> new EnumMap<>(Tool.class)).put(tool, toolAccess);
		}, runId);
		return access;
	}

	private static ToolState state(ResultSet row, int from) throws SQLException {
		return new ToolState(AccessState.valueOf(row.getString(from)), row.getObject(from + 1, LocalDate.class),
				row.getString(from + 2), row.getString(from + 3));
	}

	/**
	 * Record a night's access and transitions, inside the caller's transaction. A night
	 * run again replaces its own state; transitions only ever add up.
	 * @param runId the run
	 * @param access every candidate's access to every tool
	 * @param changes the transitions
	 */
	public void record(int runId, List<ToolAccess> access, List<AccessChange> changes) {
		this.warehouse.jdbc().update("DELETE FROM access_snapshot WHERE run_id = ?", runId);
		appendSnapshot(runId, access);
		recordChanges(runId, changes);
	}

	private void appendSnapshot(int runId, List<ToolAccess> access) {
		try (DuckDBAppender appender = this.warehouse.appender("access_snapshot")) {
			for (ToolAccess row : access) {
				appender.beginRow().append(runId).append(row.candidateId()).append(row.tool().key());
				append(appender, row.visible());
				append(appender, row.underlying());
				appender.endRow();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot record access: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Replace one candidate's rows in the latest recorded access, inside the caller's
	 * transaction: a change made between nights (an upheld appeal) is where the next
	 * night starts from.
	 * @param candidateId the candidate
	 * @param access the candidate's access to every tool now
	 */
	public void replaceLatest(String candidateId, List<ToolAccess> access) {
		Integer runId = this.warehouse.jdbc().queryForObject("SELECT max(run_id) FROM access_snapshot", Integer.class);
		if (runId == null) {
			return;
		}
		this.warehouse.jdbc()
			.update("DELETE FROM access_snapshot WHERE run_id = ? AND candidate_id = ?", runId, candidateId);
		appendSnapshot(runId, access);
	}

	/**
	 * Record a night's transitions and seal them, inside the caller's transaction.
	 * @param runId the night's run
	 * @param changes the transitions
	 */
	public void recordChanges(int runId, List<AccessChange> changes) {
		append(runId, null, changes);
	}

	/**
	 * Record transitions made between nights (an upheld appeal) and seal them, inside the
	 * caller's transaction. The next night's access-changes file carries them.
	 * @param afterRun the latest night when they were made
	 * @param changes the transitions
	 */
	public void recordBetweenNights(int afterRun, List<AccessChange> changes) {
		append(null, afterRun, changes);
	}

	private void append(Integer runId, Integer afterRun, List<AccessChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		Integer max = this.warehouse.jdbc().queryForObject("SELECT max(change_seq) FROM access_change", Integer.class);
		int first = (max != null) ? max + 1 : 1;
		int seq = first;
		try (DuckDBAppender appender = this.warehouse.appender("access_change")) {
			for (AccessChange change : changes) {
				appender.beginRow().append(seq++);
				Appends.integer(appender, runId);
				Appends.integer(appender, afterRun);
				appender.append(change.candidateId()).append(change.tool().key());
				appender.append(change.from().name()).append(change.to().name());
				Appends.date(appender, change.effective());
				appender.append(change.reason());
				Appends.text(appender, change.decisionId());
				appender.endRow();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot record access changes: " + ex.getMessage(), ex);
		}
		List<AuditEvent> events = new ArrayList<>();
		List<Seal.Sealed> sealed = Seals.ACCESS_CHANGE.payloads(this.warehouse, "change_seq >= ?", first);
		for (int i = 0; i < sealed.size(); i++) {
			AccessChange change = changes.get(i);
			events.add(new AuditEvent(Seals.ACCESS_CHANGE.eventType(), change.candidateId() + " " + change.tool().key(),
					sealed.get(i).payload()));
		}
		new AuditTrail(this.warehouse).record(runId, events);
	}

	/**
	 * @param runId a run
	 * @return the date of the last transition of each candidate's tools recorded for IT
	 * before that run: by earlier runs, and between nights (upheld appeals)
	 */
	public Map<String, Map<Tool, LocalDate>> lastSent(int runId) {
		Map<String, Map<Tool, LocalDate>> last = new HashMap<>();
		this.warehouse.jdbc().query("""
				SELECT candidate_id, tool, max(effective) FROM access_change
				WHERE run_id < ? OR (run_id IS NULL AND after_run < ?)
				GROUP BY candidate_id, tool""", (ResultSet row) -> {
			last.computeIfAbsent(row.getString(1), (k) -> new EnumMap<>(Tool.class))
				.put(Tool.ofKey(row.getString(2)), row.getObject(3, LocalDate.class));
		}, runId, runId);
		return last;
	}

	/**
	 * @param runId a run
	 * @return the transitions that run recorded, and those made between the night before
	 * it and it, sorted by their columns
	 */
	public List<AccessChange> changesOf(int runId) {
		return this.warehouse.jdbc()
			.query("""
					SELECT candidate_id, tool, from_state, to_state, effective, reason, decision_id
					FROM access_change
					WHERE run_id = ? OR (run_id IS NULL AND after_run < ? AND after_run >= coalesce(
						(SELECT max(run_id) FROM run WHERE run_id < ? AND status = 'COMPLETED'), 0))
					ORDER BY candidate_id, tool, from_state, to_state, effective, reason, decision_id""",
					(row, n) -> new AccessChange(row.getString(1), Tool.ofKey(row.getString(2)),
							AccessState.valueOf(row.getString(3)), AccessState.valueOf(row.getString(4)),
							row.getObject(5, LocalDate.class), row.getString(6), row.getString(7)),
					runId, runId, runId);
	}

	private static void append(DuckDBAppender appender, ToolState state) throws SQLException {
		appender.append(state.state().name());
		Appends.date(appender, state.since());
		Appends.text(appender, state.reason());
		Appends.text(appender, state.decisionId());
	}

}
