package org.canvassaudit.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.audit.AuditEvent;
import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.audit.Digest;
import org.canvassaudit.audit.Payload;
import org.canvassaudit.audit.Seal;
import org.canvassaudit.audit.Seals;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Session;
import org.canvassaudit.rules.Status;
import org.canvassaudit.warehouse.Appends;
import org.canvassaudit.warehouse.Warehouse;
import org.duckdb.DuckDBAppender;

/**
 * Records a night's decisions. A decision whose content is unchanged keeps its row; a
 * changed one gets a new row that supersedes the old, which is kept as it was. Each new
 * decision links to the exact rows behind its figures, and is sealed in the audit trail.
 */
final class DecisionStore {

	private static final String CURRENT = """
			SELECT decision_seq, decision_id, candidate_id, period, rule, status, finished FROM decision
			QUALIFY row_number() OVER (PARTITION BY candidate_id, period, rule ORDER BY decision_seq DESC) = 1""";

	private static final String CONTACT_EVIDENCE = """
			INSERT INTO decision_evidence
			SELECT s.decision_seq, 'contact', w.file_seq, NULL, w.row_no, NULL, NULL
			FROM contact_scope s JOIN %s w
				ON lower(w.seat_code) = lower(s.seat_code) AND w.local_date BETWEEN s.date_from AND s.date_to
			WHERE w.counted""";

	private static final String DIGESTS = "SELECT * FROM (" + Seals.EVIDENCE_DIGESTS
			+ ") AS digests WHERE decision_seq >= ?";

	private final Warehouse warehouse;

	DecisionStore(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * Inside the caller's transaction.
	 * @param facts what the decisions were made from
	 * @param decisions tonight's decisions
	 * @return each decision with its row and the decision current before tonight
	 */
	List<RecordedDecision> record(NightFacts facts, List<Decision> decisions, UpheldAppeals appeals) {
		Map<String, RecordedDecision.Previous> current = current();
		int next = nextSeq();
		int firstNew = next;
		List<RecordedDecision> recorded = new ArrayList<>();
		List<RecordedDecision> added = new ArrayList<>();
		for (Decision decision : decisions) {
			RecordedDecision.Previous previous = current.get(key(decision));
			boolean unchanged = previous != null && previous.decisionId().equals(decision.decisionId());
			RecordedDecision row = new RecordedDecision(decision, unchanged ? previous.seq() : next++, previous);
			recorded.add(row);
			if (!unchanged) {
				added.add(row);
			}
		}
		if (!added.isEmpty()) {
			insertEvidence(facts, added);
			insertDecisions(facts, added, digests(firstNew), appeals);
			seal(facts.runId(), added, firstNew);
		}
		standBy(facts.runId(), recorded);
		return recorded;
	}

	private Map<String, RecordedDecision.Previous> current() {
		Map<String, RecordedDecision.Previous> current = new HashMap<>();
		this.warehouse.jdbc().query(CURRENT, (ResultSet row) -> {
			current.put(key(row.getString(3), row.getString(4), row.getString(5)), new RecordedDecision.Previous(
					row.getInt(1), row.getString(2), Status.valueOf(row.getString(6)), row.getBoolean(7)));
		});
		return current;
	}

	private int nextSeq() {
		Integer max = this.warehouse.jdbc().queryForObject("SELECT max(decision_seq) FROM decision", Integer.class);
		return (max != null) ? max + 1 : 1;
	}

	private void insertEvidence(NightFacts facts, List<RecordedDecision> added) {
		this.warehouse.jdbc()
			.execute("CREATE OR REPLACE TEMP TABLE contact_scope (decision_seq INTEGER, seat_code VARCHAR, "
					+ "date_from DATE, date_to DATE)");
		try (DuckDBAppender evidence = this.warehouse.appender("decision_evidence");
				DuckDBAppender scope = this.warehouse.connection().createAppender("temp", "main", "contact_scope")) {
			for (RecordedDecision row : added) {
				Decision decision = row.decision();
				for (Session session : decision.basis().countedSessions()) {
					for (SessionSource source : facts.sessionSources().getOrDefault(session, List.of())) {
						append(evidence, row.seq(), "session", source, session.toString());
					}
				}
				if (Decision.TWINNED_SESSIONS.equals(decision.rule())) {
					scope.beginRow().append(row.seq()).append(decision.basis().ownSeat());
					scope.appendEpochDays((int) decision.basis().from().toEpochDay());
					scope.appendEpochDays((int) decision.basis().to().toEpochDay()).endRow();
				}
				else {
					declarationEvidence(facts, evidence, row);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot record decision evidence: " + ex.getMessage(), ex);
		}
		this.warehouse.jdbc().update(CONTACT_EVIDENCE.formatted(ContactWinners.table(this.warehouse, facts.runId())));
	}

	private void declarationEvidence(NightFacts facts, DuckDBAppender evidence, RecordedDecision row)
			throws SQLException {
		Decision decision = row.decision();
		for (Session session : decision.basis().countedSessions()) {
			String key = NightFacts.declarationKey(decision.candidateId(), session.date());
			for (SessionSource source : facts.declarationSources().getOrDefault(key, List.of())) {
				append(evidence, row.seq(), "declaration", source, session.date().toString());
			}
		}
	}

	private static void append(DuckDBAppender evidence, int seq, String kind, SessionSource source, String detail)
			throws SQLException {
		evidence.beginRow().append(seq).append(kind).append(source.fileSeq());
		if (source.sheet() == null) {
			evidence.appendNull();
		}
		else {
			evidence.append(source.sheet());
		}
		evidence.append(source.row()).append(detail).append(source.matchedBy()).endRow();
	}

	private Map<Integer, String> digests(int firstNew) {
		Map<Integer, String> digests = new HashMap<>();
		this.warehouse.jdbc().query(DIGESTS, (ResultSet row) -> {
			digests.put(row.getInt(1), row.getString(2));
		}, firstNew);
		return digests;
	}

	private void insertDecisions(NightFacts facts, List<RecordedDecision> added, Map<Integer, String> digests,
			UpheldAppeals appeals) {
		Snapshots snapshots = facts.snapshots();
		try (DuckDBAppender appender = this.warehouse.appender("decision")) {
			for (RecordedDecision row : added) {
				Decision d = row.decision();
				Decision.Basis basis = d.basis();
				appender.beginRow().append(row.seq()).append(d.decisionId()).append(facts.runId());
				appender.append(d.candidateId()).append(d.period()).append(d.rule()).append(d.rulebookVersion());
				appender.append(d.rulebookSha256()).append(d.status().name());
				Appends.integer(appender, d.ownSeatContacts());
				appender.append(d.twinnedSessions()).append(d.requiredSessions()).append(d.finished());
				Appends.integer(appender, (row.previous() != null) ? row.previous().seq() : null);
				Appends.text(appender, basis.ownSeat());
				Appends.text(appender, basis.classification());
				Appends.date(appender, basis.from());
				Appends.date(appender, basis.to());
				Appends.integer(appender, snapshots.seats());
				Appends.integer(appender, snapshots.candidates());
				Appends.integer(appender, snapshots.twinning());
				Appends.integer(appender, snapshots.recess());
				appender.append(String.join("; ", basis.reasons()));
				appender.append(digests.getOrDefault(row.seq(), Digest.ofText("")));
				Appends.integer(appender, (d.status() == Status.VOIDED) ? appeals.voidedBy(d) : null);
				appender.endRow();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot record decisions: " + ex.getMessage(), ex);
		}
	}

	private void seal(int runId, List<RecordedDecision> added, int firstNew) {
		Map<String, RecordedDecision> bySeq = new HashMap<>();
		added.forEach((row) -> bySeq.put(Integer.toString(row.seq()), row));
		List<AuditEvent> events = new ArrayList<>();
		for (Seal.Sealed sealed : Seals.DECISION.payloads(this.warehouse, "decision_seq >= ?", firstNew)) {
			RecordedDecision recorded = bySeq.get(sealed.key());
			Decision d = recorded.decision();
			String subject = d.candidateId() + " " + d.period() + " " + d.rule();
			events.add(new AuditEvent(Seals.DECISION.eventType(), subject, sealed.payload()));
			if (recorded.previous() != null) {
				events.add(new AuditEvent("supersede", subject,
						Payload.of("superseded_seq", recorded.previous().seq(), "superseded_id",
								recorded.previous().decisionId(), "by_seq", recorded.seq(), "by_id", d.decisionId())));
			}
		}
		new AuditTrail(this.warehouse).record(runId, events);
	}

	private void standBy(int runId, List<RecordedDecision> recorded) {
		this.warehouse.jdbc().update("DELETE FROM run_decision WHERE run_id = ?", runId);
		try (DuckDBAppender appender = this.warehouse.appender("run_decision")) {
			for (RecordedDecision row : recorded) {
				appender.beginRow().append(runId).append(row.seq()).endRow();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/**
	 * Record that an upheld appeal voided a breach: a {@code VOIDED} copy of the
	 * decision, with the same figures and evidence, superseding it. Inside the caller's
	 * transaction.
	 * @param breachSeq the breach decision's row
	 * @param appealSeq the upheld appeal
	 * @param afterRun the latest night
	 * @return the new decision's id
	 */
	String voided(int breachSeq, int appealSeq, int afterRun) {
		Map<String, Object> row = this.warehouse.jdbc()
			.queryForMap("SELECT * FROM decision WHERE decision_seq = ?", breachSeq);
		Decision voided = new Decision((String) row.get("candidate_id"), (String) row.get("period"),
				(String) row.get("rule"), (Integer) row.get("rulebook_version"), (String) row.get("rulebook_sha256"),
				Status.VOIDED, (Integer) row.get("own_seat_contacts"), (Integer) row.get("twinned_sessions"),
				(Integer) row.get("required_sessions"), (Boolean) row.get("finished"), null);
		int seq = nextSeq();
		this.warehouse.jdbc()
			.update("""
					INSERT INTO decision SELECT ? AS decision_seq, ? AS decision_id, ? AS run_id, candidate_id, period, rule,
						rulebook_version, rulebook_sha256, 'VOIDED' AS status, own_seat_contacts, twinned_sessions,
						required_sessions, finished, decision_seq AS supersedes, own_seat, classification, evidence_from,
						evidence_to, seats_snapshot, candidates_snapshot, twinning_snapshot, recess_snapshot,
						reasons || '; voided by an upheld appeal' AS reasons, evidence_digest, ? AS appeal_seq
					FROM decision WHERE decision_seq = ?""",
					seq, voided.decisionId(), afterRun, appealSeq, breachSeq);
		this.warehouse.jdbc().update("""
				INSERT INTO decision_evidence SELECT ?, kind, file_seq, sheet, row_no, detail, matched_by
				FROM decision_evidence WHERE decision_seq = ?""", seq, breachSeq);
		String subject = voided.candidateId() + " " + voided.period() + " " + voided.rule();
		List<AuditEvent> events = new ArrayList<>();
		for (Seal.Sealed sealed : Seals.DECISION.payloads(this.warehouse, "decision_seq = ?", seq)) {
			events.add(new AuditEvent(Seals.DECISION.eventType(), subject, sealed.payload()));
		}
		events.add(new AuditEvent("supersede", subject, Payload.of("superseded_seq", breachSeq, "superseded_id",
				row.get("decision_id"), "by_seq", seq, "by_id", voided.decisionId())));
		new AuditTrail(this.warehouse).record(null, events);
		return voided.decisionId();
	}

	static String key(Decision decision) {
		return key(decision.candidateId(), decision.period(), decision.rule());
	}

	private static String key(String candidateId, String period, String rule) {
		return candidateId + "\u0000" + period + "\u0000" + rule;
	}

}
