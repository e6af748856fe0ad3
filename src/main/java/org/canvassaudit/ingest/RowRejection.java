package org.canvassaudit.ingest;

/**
 * Why one row is rejected: the field at fault and a reason a person can act on. Thrown
 * for control flow in tight loops, so it carries no stack trace.
 */
public class RowRejection extends Exception {

	private final String field;

	public RowRejection(String field, String reason) {
		super(reason, null, false, false);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

	public String reason() {
		return getMessage();
	}

}
