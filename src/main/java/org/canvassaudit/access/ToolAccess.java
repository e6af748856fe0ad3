package org.canvassaudit.access;

import org.canvassaudit.rules.Tool;

/**
 * One candidate's access to one tool: what IT applies ({@code visible}), and the
 * revoke/restore history underneath, which shows again when a classification denial
 * lifts.
 *
 * @param candidateId the candidate
 * @param tool the tool
 * @param visible the state in force
 * @param underlying the state the weekly decisions give, whatever the classification
 */
public record ToolAccess(String candidateId, Tool tool, ToolState visible, ToolState underlying) {

	public static ToolAccess initial(String candidateId, Tool tool) {
		return new ToolAccess(candidateId, tool, ToolState.INITIAL, ToolState.INITIAL);
	}

}
