package org.canvassaudit.oracle;

import java.util.List;

/**
 * A row of {@code access-<as-of>.csv} without its {@code decision_id}.
 *
 * @param candidateId the candidate
 * @param tool the tool key
 * @param state GRANTED, REVOKED or DENIED
 * @param since the date the state holds from, empty for a tool never changed
 * @param reason why, empty for a tool never changed
 */
public record AccessRow(String candidateId, String tool, String state, String since, String reason) {

	/**
	 * @param fields the fields of an output record, {@code decision_id} last
	 * @return the row without its id
	 */
	public static AccessRow of(List<String> fields) {
		return new AccessRow(fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4));
	}

	@Override
	public String toString() {
		return String.join(",", this.candidateId, this.tool, this.state, this.since, this.reason);
	}

}
