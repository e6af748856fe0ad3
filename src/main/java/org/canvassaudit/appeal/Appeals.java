package org.canvassaudit.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.canvassaudit.audit.AuditEvent;
import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.audit.Seal;
import org.canvassaudit.audit.Seals;
import org.canvassaudit.warehouse.Warehouse;

/**
 * The appeals held in the warehouse: lodged, decided once, never edited, each step sealed
 * in the audit trail.
 */
public final class Appeals {

	private static final String SELECT = """
			SELECT a.appeal_seq, a.appeal_id, a.candidate_id, a.period, a.rule, a.decision_seq, a.decision_id,
				a.denied_tools, a.classification, a.grounds, a.lodged_at, a.lodged_after_run,
				o.verdict, o.reviewer, o.reason, o.decided_on, o.decided_at, o.decided_after_run
			FROM appeal a LEFT JOIN appeal_decision o USING (appeal_seq)
			""";

	private final Warehouse warehouse;

	public Appeals(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * Record a new appeal, inside the caller's transaction.
	 * @param lodging what is appealed and why
	 * @param evidence the files sent with it, already in the evidence store
	 * @param afterRun the latest night
	 * @return the appeal
	 */
	public Appeal lodge(Lodging lodging, List<Appeal.EvidenceFile> evidence, int afterRun) {
		Integer max = this.warehouse.jdbc().queryForObject("SELECT max(appeal_seq) FROM appeal", Integer.class);
		int seq = (max != null) ? max + 1 : 1;
		String id = String.format("A%04d", seq);
		this.warehouse.jdbc()
			.update("""
					INSERT INTO appeal (appeal_seq, appeal_id, candidate_id, period, rule, decision_seq, decision_id,
						denied_tools, classification, grounds, lodged_at, lodged_after_run)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", seq, id, lodging.candidateId(), lodging.period(),
					lodging.rule(), lodging.decisionSeq(), lodging.decisionId(),
					lodging.deniedTools().isEmpty() ? null : String.join(",", lodging.deniedTools()),
					lodging.classification(), lodging.grounds(), now(), afterRun);
		for (Appeal.EvidenceFile file : evidence) {
			this.warehouse.jdbc()
				.update("INSERT INTO appeal_evidence (appeal_seq, sha256, file_name, size_bytes) VALUES (?, ?, ?, ?)",
						seq, file.sha256(), file.fileName(), file.sizeBytes());
		}
		seal(Seals.APPEAL, seq, id + " lodged by " + lodging.candidateId() + " against " + lodging.period());
		return find(id).orElseThrow();
	}

	/**
	 * Record a reviewer's decision, inside the caller's transaction.
	 * @param appeal an open appeal
	 * @param outcome the decision
	 */
	public void decide(Appeal appeal, Appeal.Outcome outcome) {
		this.warehouse.jdbc()
			.update("""
					INSERT INTO appeal_decision (appeal_seq, verdict, reviewer, reason, decided_on, decided_at,
						decided_after_run) VALUES (?, ?, ?, ?, ?, ?, ?)""", appeal.seq(), outcome.word(),
					outcome.reviewer(), outcome.reason(), outcome.decidedOn(), outcome.decidedAt(),
					outcome.decidedAfterRun());
		seal(Seals.APPEAL_DECISION, appeal.seq(),
				appeal.appealId() + " " + outcome.word() + " by " + outcome.reviewer());
	}

	/**
	 * @param appealId an appeal id, any case
	 * @return the appeal
	 */
	public Optional<Appeal> find(String appealId) {
		return query("WHERE lower(a.appeal_id) = lower(?)", appealId.strip()).stream().findFirst();
	}

	/**
	 * @return every appeal, oldest first
	 */
	public List<Appeal> all() {
		return query("");
	}

	/**
	 * @param decisionId a decision id
	 * @return the appeal lodged against that decision, if any
	 */
	public Optional<Appeal> against(String decisionId) {
		return query("WHERE a.decision_id = ?", decisionId).stream().findFirst();
	}

	/**
	 * @param runId a night's run
	 * @return the appeals upheld before that night, which it must respect
	 */
	public List<Appeal> upheldBefore(int runId) {
		return query("WHERE o.verdict = 'upheld' AND o.decided_after_run < ?", runId);
	}

	private List<Appeal> query(String where, Object... arguments) {
		Map<Integer, List<Appeal.EvidenceFile>> evidence = evidence();
		return this.warehouse.jdbc()
			.query(SELECT + where + " ORDER BY a.appeal_seq", (row, n) -> appeal(row, evidence), arguments);
	}

	private Map<Integer, List<Appeal.EvidenceFile>> evidence() {
		Map<Integer, List<Appeal.EvidenceFile>> evidence = new HashMap<>();
		this.warehouse.jdbc()
			.query("SELECT appeal_seq, sha256, file_name, size_bytes FROM appeal_evidence ORDER BY appeal_seq, file_name",
					(ResultSet row) -> {
						evidence.computeIfAbsent(row.getInt(1), (k) -> new ArrayList<>())
							.add(new Appeal.EvidenceFile(row.getString(2), row.getString(3), row.getLong(4)));
					});
		return evidence;
	}

	private static Appeal appeal(ResultSet row, Map<Integer, List<Appeal.EvidenceFile>> evidence) throws SQLException {
		String tools = row.getString(8);
		Appeal.Outcome outcome = (row.getString(13) == null) ? null
				: new Appeal.Outcome("upheld".equals(row.getString(13)), row.getString(14), row.getString(15),
						row.getObject(16, LocalDate.class), row.getObject(17, LocalDateTime.class), row.getInt(18));
		return new Appeal(row.getInt(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
				(Integer) row.getObject(6), row.getString(7),
				(tools == null) ? List.of() : Arrays.asList(tools.split(",")), row.getString(9), row.getString(10),
				row.getObject(11, LocalDateTime.class), row.getInt(12), evidence.getOrDefault(row.getInt(1), List.of()),
				outcome);
	}

	private void seal(Seal seal, int appealSeq, String subject) {
		List<AuditEvent> events = new ArrayList<>();
		for (Seal.Sealed sealed : seal.payloads(this.warehouse, "appeal_seq = ?", appealSeq)) {
			events.add(new AuditEvent(seal.eventType(), subject, sealed.payload()));
		}
		new AuditTrail(this.warehouse).record(null, events);
	}

	private static LocalDateTime now() {
		return LocalDateTime.now(ZoneOffset.UTC).withNano(0);
	}

	/**
	 * What an appeal is against, and why.
	 *
	 * @param candidateId the candidate
	 * @param period the week or recess
	 * @param rule the rule of the decision appealed, or {@link Appeal#DENIAL}
	 * @param decisionSeq the decision row appealed, or {@code null} for a denial
	 * @param decisionId the decision appealed, or {@code null} for a denial
	 * @param deniedTools the tools denied, for a denial
	 * @param classification the seat's position, for a denial
	 * @param grounds the grounds
	 */
	public record Lodging(String candidateId, String period, String rule, Integer decisionSeq, String decisionId,
			List<String> deniedTools, String classification, String grounds) {
	}

}
