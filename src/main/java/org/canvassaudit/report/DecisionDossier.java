package org.canvassaudit.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.RulebookException;
import org.canvassaudit.rules.RulebookParser;
import org.canvassaudit.rules.Status;
import org.canvassaudit.warehouse.Warehouse;

/**
 * Everything the warehouse holds about one recorded decision: its figures, the rulebook
 * it used, the exact evidence rows behind each figure, and the audit events that seal it.
 * {@code explain} prints it; the evidence pack renders it.
 *
 * @param decisionSeq the decision's row
 * @param decisionId its id
 * @param runId the run that recorded it
 * @param candidateId the candidate
 * @param candidateName the candidate's name in the roster it used
 * @param period the week or recess
 * @param rule the rule
 * @param rulebook the rulebook it used
 * @param status its status
 * @param ownSeatContacts counted own-seat contacts, or {@code null}
 * @param twinnedSessions twinned sessions or counted visit days
 * @param requiredSessions the requirement
 * @param finished whether the period had ended
 * @param ownSeat the own seat, or {@code null}
 * @param classification the own seat's classification on the Monday, or {@code null}
 * @param from the first day of evidence
 * @param to the last day of evidence
 * @param reasons the reasons recorded with it
 * @param evidenceDigest the digest of its evidence rows
 * @param supersedes the decision row it replaced, or {@code null}
 * @param contactDays counted own-seat contacts per day and file, with their rows
 * @param sessions the rows behind each counted session or visit day
 * @param audit the audit events about it
 * @param timeline what happened to it after it was made: supersessions, review
 * settlements, appeals and the access changes they brought
 */
public record DecisionDossier(int decisionSeq, String decisionId, int runId, String candidateId, String candidateName,
		String period, String rule, Rulebook rulebook, Status status, Integer ownSeatContacts, int twinnedSessions,
		int requiredSessions, boolean finished, String ownSeat, String classification, LocalDate from, LocalDate to,
		String reasons, String evidenceDigest, Integer supersedes, List<ContactDay> contactDays,
		List<SessionEvidence> sessions, List<AuditEntry> audit, DecisionTimeline timeline) {

	/**
	 * @param warehouse the warehouse
	 * @param runId a night's run
	 * @param candidateId a candidate (any case)
	 * @param period a week such as {@code 2024-W24}, or a recess name
	 * @return the decisions that night stood by for the candidate and period
	 */
	public static List<DecisionDossier> find(Warehouse warehouse, int runId, String candidateId, String period) {
		List<Integer> seqs = warehouse.jdbc().queryForList("""
				SELECT d.decision_seq FROM run_decision r JOIN decision d USING (decision_seq)
				WHERE r.run_id = ? AND lower(d.candidate_id) = lower(?) AND lower(d.period) = lower(?)
				ORDER BY d.rule""", Integer.class, runId, candidateId.strip(), period.strip());
		return seqs.stream().map((seq) -> load(warehouse, seq)).toList();
	}

	/**
	 * @param warehouse the warehouse
	 * @param decisionSeq a decision row
	 * @return its dossier
	 */
	public static DecisionDossier load(Warehouse warehouse, int decisionSeq) {
		Map<String, Object> d = warehouse.jdbc()
			.queryForMap("SELECT * FROM decision WHERE decision_seq = ?", decisionSeq);
		String candidateId = (String) d.get("candidate_id");
		String period = (String) d.get("period");
		String rule = (String) d.get("rule");
		LocalDate from = date(d.get("evidence_from"));
		LocalDate to = date(d.get("evidence_to"));
		List<String> names = warehouse.jdbc()
			.queryForList("SELECT full_name FROM candidate_row WHERE file_seq = ? AND lower(candidate_id) = lower(?)",
					String.class, d.get("candidates_snapshot"), candidateId);
		return new DecisionDossier(decisionSeq, (String) d.get("decision_id"), (Integer) d.get("run_id"), candidateId,
				names.isEmpty() ? "" : names.get(names.size() - 1), period, rule,
				rulebook(warehouse, (String) d.get("rulebook_sha256")), Status.valueOf((String) d.get("status")),
				(Integer) d.get("own_seat_contacts"), (Integer) d.get("twinned_sessions"),
				(Integer) d.get("required_sessions"), (Boolean) d.get("finished"), (String) d.get("own_seat"),
				(String) d.get("classification"), from, to, (String) d.get("reasons"),
				(String) d.get("evidence_digest"), (Integer) d.get("supersedes"), contactDays(warehouse, decisionSeq),
				sessions(warehouse, decisionSeq), audit(warehouse, decisionSeq, (String) d.get("decision_id")),
				DecisionTimeline.of(warehouse, candidateId, period, rule, from, to));
	}

	private static LocalDate date(Object value) {
		return (value instanceof java.sql.Date sql) ? sql.toLocalDate() : (LocalDate) value;
	}

	private static Rulebook rulebook(Warehouse warehouse, String sha256) {
		String yaml = warehouse.jdbc()
			.queryForObject("SELECT r.yaml FROM rulebook r JOIN source_file f USING (file_seq) WHERE f.sha256 = ?",
					String.class, sha256);
		try {
			return RulebookParser.parse(yaml, sha256);
		}
		catch (RulebookException ex) {
			throw new IllegalStateException("a stored rulebook no longer parses: " + ex.getMessage(), ex);
		}
	}

	private static List<ContactDay> contactDays(Warehouse warehouse, int decisionSeq) {
		List<ContactDay> days = new ArrayList<>();
		warehouse.jdbc().query("""
				SELECT c.local_date, f.path, count(*), list(e.row_no ORDER BY e.row_no)
				FROM decision_evidence e
				JOIN contact_row c ON c.file_seq = e.file_seq AND c.row_no = e.row_no
				JOIN source_file f ON f.file_seq = e.file_seq
				WHERE e.decision_seq = ? AND e.kind = 'contact'
				GROUP BY 1, 2 ORDER BY 1, 2""", (ResultSet row) -> {
			days.add(new ContactDay(row.getObject(1, LocalDate.class), row.getString(2), row.getInt(3),
					RowRanges.of(rows(row.getArray(4)))));
		}, decisionSeq);
		return days;
	}

	private static List<Integer> rows(Array array) throws SQLException {
		List<Integer> rows = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			rows.add(((Number) value).intValue());
		}
		return rows;
	}

	private static List<SessionEvidence> sessions(Warehouse warehouse, int decisionSeq) {
		return warehouse.jdbc()
			.query("""
					SELECT e.detail, e.kind, f.path, e.sheet, e.row_no, e.matched_by
					FROM decision_evidence e JOIN source_file f USING (file_seq)
					WHERE e.decision_seq = ? AND e.kind IN ('session', 'declaration')
					ORDER BY e.kind DESC, e.detail, f.path, e.sheet, e.row_no""",
					(row, n) -> new SessionEvidence(row.getString(1), row.getString(2), row.getString(3),
							row.getString(4), row.getInt(5), row.getString(6)),
					decisionSeq);
	}

	private static List<AuditEntry> audit(Warehouse warehouse, int decisionSeq, String decisionId) {
		return warehouse.jdbc()
			.query("""
					SELECT seq, event_type, subject, hash FROM audit_event
					WHERE (event_type = 'decision' AND payload LIKE ?)
						OR (event_type = 'supersede' AND payload LIKE ?)
						OR (event_type = 'access_change' AND payload LIKE ?)
					ORDER BY seq""",
					(row, n) -> new AuditEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)),
					"{\"decision_seq\":\"" + decisionSeq + "\",%", "%\"by_seq\":" + decisionSeq + ",%",
					"%\"decision_id\":\"" + decisionId + "\"%");
	}

	/**
	 * Counted own-seat contacts on one day from one export.
	 *
	 * @param date the London date
	 * @param path the export
	 * @param count how many
	 * @param rows their rows, as ranges
	 */
	public record ContactDay(LocalDate date, String path, int count, String rows) {
	}

	/**
	 * One row behind a counted session (or a declaration behind a counted visit day).
	 *
	 * @param session the session ({@code date slot seat}) or declared date
	 * @param kind {@code session} or {@code declaration}
	 * @param path the file
	 * @param sheet the sheet, or {@code null}
	 * @param row the row
	 * @param matchedBy how the row was matched to the candidate
	 */
	public record SessionEvidence(String session, String kind, String path, String sheet, int row, String matchedBy) {
	}

	/**
	 * An audit event about the decision.
	 *
	 * @param seq its sequence number
	 * @param type its type
	 * @param subject its subject
	 * @param hash its hash
	 */
	public record AuditEntry(long seq, String type, String subject, String hash) {
	}

}
