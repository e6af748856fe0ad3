package org.canvassaudit.access;

import java.time.LocalDate;

import org.canvassaudit.rules.Tool;

/**
 * A transition for IT to apply.
 *
 * @param candidateId the candidate
 * @param tool the tool
 * @param from the state before
 * @param to the state after
 * @param effective the day it takes effect
 * @param reason why (see {@link ToolState#reason()})
 * @param decisionId the decision behind it, or {@code null}
 */
public record AccessChange(String candidateId, Tool tool, AccessState from, AccessState to, LocalDate effective,
		String reason, String decisionId) {
}
