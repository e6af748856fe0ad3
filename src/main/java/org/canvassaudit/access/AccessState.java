package org.canvassaudit.access;

/**
 * A candidate's access to one tool.
 */
public enum AccessState {

	GRANTED, REVOKED, DENIED

}
