package org.canvassaudit.audit;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.canvassaudit.warehouse.Warehouse;

/**
 * Checks the audit trail end to end: every event's link to the one before, every event's
 * own hash, the sequence without gaps, each run's recorded chain head, and every sealed
 * row against the event that sealed it. Reports the first problem, naming the event.
 */
public final class AuditVerifier {

	private AuditVerifier() {
	}

	/**
	 * @param warehouse the warehouse
	 * @return the verdict
	 */
	public static Verdict verify(Warehouse warehouse) {
		Chain chain = new Chain();
		warehouse.jdbc()
			.query("SELECT seq, run_id, event_type, subject, payload, epoch_us(recorded_at), prev_hash, hash "
					+ "FROM audit_event ORDER BY seq", chain::accept);
		if (chain.problem != null) {
			return chain.verdict();
		}
		for (Seal seal : Seals.all()) {
			checkSeal(warehouse, seal, chain);
		}
		checkEvidence(warehouse, chain);
		checkHeads(warehouse, chain);
		return chain.verdict();
	}

	private static void checkSeal(Warehouse warehouse, Seal seal, Chain chain) {
		Map<String, String> rows = new HashMap<>();
		for (Seal.Sealed sealed : seal.payloads(warehouse, null)) {
			rows.put(sealed.key(), sealed.payload());
		}
		Map<String, Long> sealedBy = chain.sealed.getOrDefault(seal.eventType(), Map.of());
		for (Map.Entry<String, Long> event : sealedBy.entrySet()) {
			String row = rows.remove(event.getKey());
			String payload = chain.payloads.get(event.getValue());
			if (row == null) {
				chain.fail(event.getValue(),
						"the " + seal.eventType() + " row it seals (" + event.getKey() + ") is missing");
			}
			else if (!row.equals(payload)) {
				chain.fail(event.getValue(), "the " + seal.eventType() + " row " + event.getKey()
						+ " no longer matches what this event sealed");
			}
		}
		for (String key : rows.keySet()) {
			chain.fail(chain.lastSeq + 1, "the " + seal.eventType() + " row " + key + " is not sealed by any event");
		}
	}

	/**
	 * The evidence rows behind each decision against the digest its sealed row records
	 * (of which rows they are: kind, file, sheet and row), so that an evidence row
	 * deleted, added or pointed at another row shows against the decision's event.
	 */
	private static void checkEvidence(Warehouse warehouse, Chain chain) {
		Map<String, Long> sealedBy = chain.sealed.getOrDefault(Seals.DECISION.eventType(), Map.of());
		warehouse.jdbc()
			.query("""
					SELECT coalesce(d.decision_seq, e.decision_seq), d.decision_seq IS NULL
					FROM decision d FULL JOIN (%s) AS e ON e.decision_seq = d.decision_seq
					WHERE d.decision_seq IS NULL OR d.evidence_digest IS DISTINCT FROM coalesce(e.evidence_digest, sha256(''))
					ORDER BY 1"""
				.formatted(Seals.EVIDENCE_DIGESTS), (ResultSet row) -> {
					String decision = row.getString(1);
					Long event = sealedBy.get(decision);
					if (row.getBoolean(2) || event == null) {
						chain.fail(chain.lastSeq + 1,
								"evidence rows for decision " + decision + ", which no event seals");
					}
					else {
						chain.fail(event, "the evidence rows of decision " + decision
								+ " no longer match the digest this event sealed");
					}
				});
	}

	private static void checkHeads(Warehouse warehouse, Chain chain) {
		warehouse.jdbc()
			.query("SELECT run_id, audit_head_seq, audit_head_hash FROM run WHERE audit_head_seq IS NOT NULL",
					(ResultSet row) -> {
						long seq = row.getLong(2);
						String hash = chain.hashes.get(seq);
						if (!Objects.equals(hash, row.getString(3))) {
							chain.fail(seq, "run " + row.getInt(1)
									+ " ended the trail at this event, which is missing or changed");
						}
					});
	}

	/**
	 * The outcome.
	 *
	 * @param intact whether everything holds
	 * @param events how many events there are
	 * @param head the last event's hash
	 * @param badEvent the first bad event's sequence number, or 0
	 * @param problem what is wrong with it, or {@code null}
	 */
	public record Verdict(boolean intact, long events, String head, long badEvent, String problem) {

		@Override
		public String toString() {
			return this.intact ? "audit trail intact: " + this.events + " events, head " + this.head
					: "audit trail broken at event " + this.badEvent + ": " + this.problem;
		}

	}

	/**
	 * Walks the events in order, remembering what each seals.
	 */
	private static final class Chain {

		private final Map<String, Map<String, Long>> sealed = new HashMap<>();

		private final Map<Long, String> payloads = new HashMap<>();

		private final Map<Long, String> hashes = new HashMap<>();

		private final Map<Long, String> subjects = new HashMap<>();

		private long lastSeq;

		private String lastHash = AuditTrail.GENESIS;

		private long badEvent = Long.MAX_VALUE;

		private String problem;

		void accept(ResultSet row) throws java.sql.SQLException {
			long seq = row.getLong(1);
			Integer runId = (Integer) row.getObject(2);
			AuditEvent event = new AuditEvent(row.getString(3), row.getString(4), row.getString(5));
			String previous = row.getString(7);
			String hash = row.getString(8);
			this.subjects.put(seq, event.type() + " " + event.subject());
			if (seq != this.lastSeq + 1) {
				fail(this.lastSeq + 1, "missing: the trail jumps from event " + this.lastSeq + " to event " + seq);
			}
			else if (!previous.equals(this.lastHash)) {
				fail(seq, "its link to the event before it is broken (an event was removed, reordered or changed)");
			}
			else if (!hash.equals(AuditTrail.hash(previous, seq, runId, event, row.getLong(6)))) {
				fail(seq, "its content no longer matches its hash");
			}
			this.sealed.computeIfAbsent(event.type(), (k) -> new HashMap<>()).put(Seal.keyOf(event.payload()), seq);
			this.payloads.put(seq, event.payload());
			this.hashes.put(seq, hash);
			this.lastSeq = seq;
			this.lastHash = hash;
		}

		void fail(long seq, String what) {
			if (seq < this.badEvent) {
				this.badEvent = seq;
				String subject = this.subjects.get(seq);
				this.problem = ((subject != null) ? "(" + subject + ") " : "") + what;
			}
		}

		Verdict verdict() {
			boolean intact = this.problem == null;
			return new Verdict(intact, this.lastSeq, this.lastHash, intact ? 0 : this.badEvent, this.problem);
		}

	}

}
