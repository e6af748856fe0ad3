package org.canvassaudit.access;

import java.time.LocalDate;

/**
 * A tool's state and what put it there.
 *
 * @param state the state
 * @param since the day it took effect; {@code null} for a tool never changed
 * @param reason {@code breach <week>}, {@code compliant <week>},
 * {@code classification <classification>}, {@code late evidence} or
 * {@code appeal upheld}; {@code null} for a tool never changed
 * @param decisionId the decision behind it, or {@code null}
 */
public record ToolState(AccessState state, LocalDate since, String reason, String decisionId) {

	/** Where every tool starts. */
	public static final ToolState INITIAL = new ToolState(AccessState.GRANTED, null, null, null);

}
