package org.canvassaudit.evaluation;

import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Status;

/**
 * A decision as the warehouse holds it after tonight, and the one it held before.
 *
 * @param decision tonight's decision
 * @param seq its row
 * @param previous the decision current before tonight, or {@code null}
 */
public record RecordedDecision(Decision decision, int seq, Previous previous) {

	/**
	 * @return the status an earlier night recorded for this period as finished, or
	 * {@code null}
	 */
	public Status previousFinishedStatus() {
		return (this.previous != null && this.previous.finished()) ? this.previous.status() : null;
	}

	/**
	 * The decision current before tonight.
	 *
	 * @param seq its row
	 * @param decisionId its id
	 * @param status its status
	 * @param finished whether it was recorded for a finished period
	 */
	public record Previous(int seq, String decisionId, Status status, boolean finished) {
	}

}
