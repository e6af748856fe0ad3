package org.canvassaudit.oracle;

import java.util.List;

/**
 * A row of {@code decisions-<as-of>.csv} without its {@code decision_id}: what the oracle
 * predicts and what the product wrote are compared as lists of these.
 *
 * @param candidateId the candidate
 * @param week the ISO week, or the recess name
 * @param rule {@code twinned_sessions} or {@code recess_visits}
 * @param rulebookVersion the rulebook version, as written
 * @param status the status
 * @param ownSeatContacts counted own-seat contacts, empty for a recess row
 * @param twinnedSessions twinned sessions, or counted visit days
 * @param requiredSessions required sessions, or required visits
 */
public record DecisionRow(String candidateId, String week, String rule, String rulebookVersion, String status,
		String ownSeatContacts, String twinnedSessions, String requiredSessions) {

	/**
	 * @param fields the fields of an output record, {@code decision_id} last
	 * @return the row without its id
	 */
	public static DecisionRow of(List<String> fields) {
		return new DecisionRow(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4), fields.get(5),
				fields.get(6), fields.get(7));
	}

	@Override
	public String toString() {
		return String.join(",", this.candidateId, this.week, this.rule, this.rulebookVersion, this.status,
				this.ownSeatContacts, this.twinnedSessions, this.requiredSessions);
	}

}
