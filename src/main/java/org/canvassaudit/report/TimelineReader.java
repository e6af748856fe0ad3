package org.canvassaudit.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.evaluation.AppealRulings;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.warehouse.Warehouse;

/**
 * Reads a {@link DecisionTimeline}'s entries from the warehouse, kind by kind, each with
 * the audit event that seals its row.
 */
final class TimelineReader {

	private static final String DECISIONS = """
			SELECT d.decision_seq, d.decision_id, d.run_id, r.as_of, d.status, d.own_seat_contacts,
				d.twinned_sessions, d.required_sessions, p.decision_id, p.status, p.finished, a.appeal_id
			FROM decision d
			LEFT JOIN run r ON r.run_id = d.run_id
			LEFT JOIN decision p ON p.decision_seq = d.supersedes
			LEFT JOIN appeal a ON a.appeal_seq = d.appeal_seq
			WHERE lower(d.candidate_id) = lower(?) AND lower(d.period) = lower(?) AND d.rule = ?
			ORDER BY d.decision_seq""";

	private static final String RESOLUTIONS = """
			SELECT r.resolution_seq, r.ref, r.candidate_id, r.reviewer, r.resolved_at, i.path, i.sheet, i.row_no,
				i.session_date, i.slot, i.seat_code, i.suggestions
			FROM review_resolution r
			JOIN (SELECT i.*, f.path FROM review_item i JOIN source_file f USING (file_seq)
				QUALIFY row_number() OVER (PARTITION BY i.ref ORDER BY i.run_id DESC) = 1) i ON i.ref = r.ref
			WHERE i.session_date BETWEEN ? AND ?
			ORDER BY r.resolution_seq""";

	private static final String ACCESS_CHANGES = """
			SELECT change_seq, tool, from_state, to_state, effective, reason FROM access_change
			WHERE lower(candidate_id) = lower(?) AND decision_id IN (SELECT unnest(string_split(?, ',')))
			ORDER BY change_seq""";

	private static final String LIFTED_DENIALS = """
			SELECT change_seq, tool, from_state, to_state, effective, reason FROM access_change
			WHERE lower(candidate_id) = lower(?) AND decision_id IS NULL AND run_id IS NULL AND reason = ?
				AND after_run = ? AND tool IN (SELECT unnest(string_split(?, ',')))
			ORDER BY change_seq""";

	private static final String AUDIT = """
			SELECT e.seq, e.hash, e.run_id, coalesce(r.as_of, CAST(e.recorded_at AS DATE)) FROM audit_event e
			LEFT JOIN run r ON r.run_id = e.run_id
			WHERE e.event_type = ? AND starts_with(e.payload, ?) ORDER BY e.seq LIMIT 1""";

	private final Warehouse warehouse;

	private final List<DecisionTimeline.Entry> entries = new ArrayList<>();

	private boolean touched;

	TimelineReader(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	List<DecisionTimeline.Entry> entries() {
		return this.entries;
	}

	boolean touched() {
		return this.touched;
	}

	Set<String> decisions(String candidateId, String period, String rule) {
		Set<String> ids = new HashSet<>();
		this.warehouse.jdbc().query(DECISIONS, (ResultSet row) -> {
			ids.add(row.getString(2));
			Sealed sealed = sealed("decision", "decision_seq", row.getInt(1));
			boolean nightly = sealed == null || sealed.nightly();
			StringBuilder what = new StringBuilder("Decision ").append(row.getString(2));
			what.append(nightly ? " recorded by run " + row.getInt(3) + ", the night of " + row.getObject(4)
					: " recorded between nights, after the night of " + row.getObject(4));
			what.append(": ").append(row.getString(5));
			if (row.getString(12) != null) {
				what.append(" by appeal ").append(row.getString(12));
			}
			what.append(", ").append(figures(row, rule));
			if (row.getString(9) != null) {
				what.append("; supersedes decision ").append(row.getString(9)).append(" (").append(row.getString(10));
				boolean lateEvidence = nightly && row.getBoolean(11) && !row.getString(10).equals(row.getString(5));
				what.append(lateEvidence ? "): late evidence" : ")");
			}
			add(row.getObject(4, LocalDate.class), what.toString(), sealed);
		}, candidateId, period, rule);
		return ids;
	}

	private static String figures(ResultSet row, String rule) throws SQLException {
		if (Decision.RECESS_VISITS.equals(rule)) {
			return row.getInt(7) + " of " + row.getInt(8) + " visit days";
		}
		return row.getInt(6) + " own-seat contacts, " + row.getInt(7) + " of " + row.getInt(8) + " twinned sessions";
	}

	/**
	 * A settlement shows when it made the row the candidate's, or rejected a row that
	 * suggested them; a later settlement of a row shown shows too, naming nobody.
	 */
	void resolutions(String candidateId, LocalDate from, LocalDate to) {
		Set<String> shown = new HashSet<>();
		this.warehouse.jdbc().query(RESOLUTIONS, (ResultSet row) -> {
			String ref = row.getString(2);
			String assigned = row.getString(3);
			boolean theirs = candidateId.equalsIgnoreCase(assigned);
			boolean suggested = Arrays.stream(row.getString(12).split(";"))
				.anyMatch((id) -> id.strip().equalsIgnoreCase(candidateId));
			String settlement;
			if (theirs) {
				settlement = "assigned to " + assigned;
			}
			else if (assigned == null && (suggested || shown.contains(ref))) {
				settlement = "rejected as nobody's";
			}
			else if (shown.contains(ref)) {
				settlement = "settled as another person's";
			}
			else {
				return;
			}
			shown.add(ref);
			String what = "Review row " + ref + " (" + row.getString(6) + " sheet '" + row.getString(7) + "' row "
					+ row.getInt(8) + ", " + row.getObject(9) + " " + row.getString(10) + " " + row.getString(11) + ") "
					+ settlement + " by " + row.getString(4) + "; it counts from the next run";
			add(row.getObject(5, LocalDateTime.class).toLocalDate(), what,
					sealed("review_resolution", "resolution_seq", row.getInt(1)));
			this.touched = true;
		}, from, to);
	}

	void appeal(Appeal appeal) {
		String against = appeal.isDenial()
				? "the denial of " + String.join(", ", appeal.deniedTools()) + " (" + appeal.classification() + ")"
				: "decision " + appeal.decisionId();
		int files = appeal.evidence().size();
		add(appeal.lodgedAt().toLocalDate(),
				"Appeal " + appeal.appealId() + " lodged against " + against
						+ ((files == 0) ? "" : ", with " + files + ((files == 1) ? " file" : " files") + " of evidence")
						+ ": \"" + oneLine(appeal.grounds()) + "\"",
				sealed("appeal", "appeal_seq", appeal.seq()));
		Appeal.Outcome outcome = appeal.outcome();
		if (outcome != null) {
			add(outcome.decidedAt().toLocalDate(),
					"Appeal " + appeal.appealId() + " " + outcome.word() + " by " + outcome.reviewer()
							+ (outcome.upheld() ? ", effective " + outcome.decidedOn() : "") + ": \""
							+ oneLine(outcome.reason()) + "\"" + (outcome.upheld() ? "" : "; access unchanged"),
					sealed("appeal_decision", "appeal_seq", appeal.seq()));
		}
	}

	/**
	 * The access changes the period's decisions made.
	 */
	void accessChanges(String candidateId, Set<String> decisionIds) {
		this.warehouse.jdbc().query(ACCESS_CHANGES, this::accessChange, candidateId, String.join(",", decisionIds));
	}

	/**
	 * The access changes an upheld appeal against a denial made between nights.
	 */
	void liftedDenial(Appeal appeal) {
		this.warehouse.jdbc()
			.query(LIFTED_DENIALS, this::accessChange, appeal.candidateId(), AppealRulings.APPEAL_UPHELD,
					appeal.outcome().decidedAfterRun(), String.join(",", appeal.deniedTools()));
	}

	private void accessChange(ResultSet row) throws SQLException {
		add(row.getObject(5, LocalDate.class),
				"Access: " + row.getString(2) + " " + row.getString(3) + " to " + row.getString(4) + " from "
						+ row.getObject(5) + " (" + row.getString(6) + ")",
				sealed("access_change", "change_seq", row.getInt(1)));
	}

	/**
	 * @param recorded the day the row itself says it was recorded, for a row no audit
	 * event seals
	 */
	private void add(LocalDate recorded, String what, Sealed sealed) {
		this.entries.add(new DecisionTimeline.Entry((sealed != null) ? sealed.date() : recorded, what,
				(sealed != null) ? sealed.seq() : null, (sealed != null) ? sealed.hash() : null));
	}

	/**
	 * @return the event that sealed the row whose key column has that value (its payload
	 * starts with that column), or {@code null}
	 */
	private Sealed sealed(String eventType, String keyColumn, int key) {
		String prefix = "{\"" + keyColumn + "\":\"" + key + "\",";
		return this.warehouse.jdbc()
			.query(AUDIT,
					(row, n) -> new Sealed(row.getLong(1), row.getString(2), row.getObject(3) != null,
							row.getObject(4, LocalDate.class)),
					eventType, prefix)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static String oneLine(String text) {
		return text.strip().replaceAll("\\s*\\R\\s*", " ");
	}

	/**
	 * An audit event.
	 *
	 * @param seq its sequence number
	 * @param hash its hash
	 * @param nightly whether a night recorded it, rather than a command between nights
	 * @param date the night's as-of date, or the day (UTC) a command recorded it
	 */
	private record Sealed(long seq, String hash, boolean nightly, LocalDate date) {
	}

}
