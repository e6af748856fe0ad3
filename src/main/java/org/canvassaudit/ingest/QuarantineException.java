package org.canvassaudit.ingest;

/**
 * The whole file is unusable: nothing of it is loaded and the reason is recorded.
 */
public class QuarantineException extends Exception {

	public QuarantineException(String reason) {
		super(reason, null, false, false);
	}

	public QuarantineException(String reason, Throwable cause) {
		super(reason, cause, false, false);
	}

}
