package org.canvassaudit.access;

import java.util.List;

import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Status;
import org.canvassaudit.rules.Tool;

/**
 * A finished week's {@code twinned_sessions} decision, as access needs it.
 *
 * @param week the week
 * @param status its status tonight
 * @param previousStatus its status when an earlier night recorded it as finished, or
 * {@code null} when tonight decides it as finished for the first time
 * @param metRequirement whether twinned sessions reached the requirement, whatever the
 * status
 * @param revokeOnBreach the tools a breach revokes under the week's rulebook
 * @param decisionId the decision
 */
public record FinishedWeek(IsoWeek week, Status status, Status previousStatus, boolean metRequirement,
		List<Tool> revokeOnBreach, String decisionId) {

	boolean decidedBefore() {
		return this.previousStatus != null;
	}

	boolean statusChanged() {
		return this.previousStatus != null && this.previousStatus != this.status;
	}

}
