package org.canvassaudit.evaluation;

import java.util.List;

/**
 * How a sign-in sheet row was matched tonight.
 *
 * @param row the row
 * @param outcome how it matched
 * @param candidateId the candidate it counts for, or {@code null}
 * @param suggestions for a review row: roster candidates it may be, by id
 */
public record SheetMatch(SheetRow row, Outcome outcome, String candidateId, List<String> suggestions) {

	/**
	 * @return whether the row makes a session for a candidate
	 */
	public boolean counts() {
		return this.candidateId != null;
	}

	/**
	 * @return whether the row is in the review queue (open or settled)
	 */
	public boolean inReviewQueue() {
		return this.outcome == Outcome.REVIEW || this.outcome == Outcome.ASSIGNED || this.outcome == Outcome.REJECTED;
	}

	/**
	 * How a row matched.
	 */
	public enum Outcome {

		/** Its Candidate ID is in the roster. */
		BY_ID,

		/** Its normalised name equals exactly one roster name. */
		BY_NAME,

		/**
		 * Waiting for a person: unknown id, ambiguous or near name. It counts for nobody.
		 */
		REVIEW,

		/** A reviewer assigned it to a candidate. */
		ASSIGNED,

		/** A reviewer decided it is nobody's. */
		REJECTED,

		/** A volunteer: loaded, counts for nobody. */
		VOLUNTEER

	}

}
