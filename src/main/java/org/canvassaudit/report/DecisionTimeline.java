package org.canvassaudit.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.evaluation.AppealRulings;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.warehouse.Warehouse;

/**
 * The appeal and review timeline of a decision (SPEC §4: every step is an audit event):
 * each decision recorded for the candidate, period and rule, and what superseded what;
 * the review-queue settlements that touch the candidate in the period; the appeals
 * against it, lodged and decided; and the access changes they brought. Each entry carries
 * the audit event that seals it, and entries come in the order the audit trail recorded
 * them. {@code explain} prints it and the evidence pack renders it.
 * <p>
 * A candidate sees it in their evidence pack, so it names nobody else: a review row
 * appears only when it was settled as theirs, or rejected as nobody's while it suggested
 * them, and never with its name as written nor its other suggestions. An appeal against a
 * classification denial appears on the decisions of the period it was lodged for.
 *
 * @param entries what happened, in the order it was recorded
 * @param touched whether any review settlement or appeal is among them
 */
public record DecisionTimeline(List<Entry> entries, boolean touched) {

	/** The line that stands for an empty timeline of appeals and reviews. */
	public static final String UNTOUCHED = "No appeal or review has touched this decision.";

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

	/**
	 * @param warehouse the warehouse
	 * @param candidateId the candidate
	 * @param period the week or recess
	 * @param rule the rule
	 * @param from the decision's first day of evidence (a recess's first day)
	 * @param to the decision's last day of evidence
	 * @return the timeline
	 */
	public static DecisionTimeline of(Warehouse warehouse, String candidateId, String period, String rule,
			LocalDate from, LocalDate to) {
		IsoWeek week = Decision.RECESS_VISITS.equals(rule) ? null : IsoWeek.parse(period);
		Builder builder = new Builder(warehouse);
		Set<String> decisionIds = builder.decisions(candidateId, period, rule);
		builder.resolutions(candidateId, (week != null) ? week.monday() : from, (week != null) ? week.sunday() : to);
		List<Appeal> appeals = new Appeals(warehouse).all()
			.stream()
			.filter((appeal) -> appeal.candidateId().equalsIgnoreCase(candidateId)
					&& appeal.period().equalsIgnoreCase(period) && (appeal.isDenial() || appeal.rule().equals(rule)))
			.toList();
		appeals.forEach(builder::appeal);
		builder.accessChanges(candidateId, decisionIds);
		appeals.stream()
			.filter((appeal) -> appeal.isDenial() && !appeal.isOpen() && appeal.outcome().upheld())
			.forEach(builder::liftedDenial);
		List<Entry> entries = new ArrayList<>(builder.entries);
		entries.sort(Comparator.comparingLong(Entry::order));
		return new DecisionTimeline(Collections.unmodifiableList(entries), builder.touched || !appeals.isEmpty());
	}

	/**
	 * One thing that happened.
	 *
	 * @param date the day it was recorded: the night's as-of date for what a night
	 * recorded, the day (UTC) for what a command recorded between nights
	 * @param what what happened, in words
	 * @param auditSeq the sequence number of the audit event that seals it, or
	 * {@code null}
	 * @param auditHash that event's hash, or {@code null}
	 */
	public record Entry(LocalDate date, String what, Long auditSeq, String auditHash) {

		/**
		 * @return the audit event in words, e.g. {@code audit event 12, hash 3fa…}
		 */
		public String audit() {
			return (this.auditSeq != null) ? "audit event " + this.auditSeq + ", hash " + this.auditHash
					: "no audit event";
		}

		private long order() {
			return (this.auditSeq != null) ? this.auditSeq : Long.MAX_VALUE;
		}

	}

	/**
	 * Reads the warehouse, entry by entry.
	 */
	private static final class Builder {

		private final Warehouse warehouse;

		private final List<Entry> entries = new ArrayList<>();

		private boolean touched;

		Builder(Warehouse warehouse) {
			this.warehouse = warehouse;
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
					what.append("; supersedes decision ")
						.append(row.getString(9))
						.append(" (")
						.append(row.getString(10));
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
			return row.getInt(6) + " own-seat contacts, " + row.getInt(7) + " of " + row.getInt(8)
					+ " twinned sessions";
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
						+ row.getInt(8) + ", " + row.getObject(9) + " " + row.getString(10) + " " + row.getString(11)
						+ ") " + settlement + " by " + row.getString(4) + "; it counts from the next run";
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
			add(appeal.lodgedAt().toLocalDate(), "Appeal " + appeal.appealId() + " lodged against " + against
					+ ((files == 0) ? "" : ", with " + files + ((files == 1) ? " file" : " files") + " of evidence")
					+ ": \"" + oneLine(appeal.grounds()) + "\"", sealed("appeal", "appeal_seq", appeal.seq()));
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
			this.entries.add(new Entry((sealed != null) ? sealed.date() : recorded, what,
					(sealed != null) ? sealed.seq() : null, (sealed != null) ? sealed.hash() : null));
		}

		/**
		 * @return the event that sealed the row whose key column has that value (its
		 * payload starts with that column), or {@code null}
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
