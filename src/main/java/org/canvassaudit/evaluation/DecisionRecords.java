package org.canvassaudit.evaluation;

/**
 * The columns of a stored decision that its audit event seals, in order: the audit verifier
 * rebuilds the payload from the row, so an edited figure no longer matches.
 */
public final class DecisionRecords {

	/** The columns, in the order the payload lists them. */
	public static final String COLUMNS = "decision_seq, decision_id, run_id, candidate_id, period, rule, "
			+ "rulebook_version, rulebook_sha256, status, own_seat_contacts, twinned_sessions, required_sessions, "
			+ "finished, supersedes, own_seat, classification, evidence_from, evidence_to, seats_snapshot, "
			+ "candidates_snapshot, twinning_snapshot, recess_snapshot, reasons, evidence_digest";

	private DecisionRecords() {
	}

}
