package org.canvassaudit.cli;

/**
 * The exit codes of SPEC §5, which operators' alerting keys on.
 */
public final class ExitCodes {

	/** Success. */
	public static final int OK = 0;

	/** The job failed; nothing half-written is left visible. */
	public static final int FAILED = 1;

	/** Bad usage or configuration. */
	public static final int USAGE = 2;

	/** Finished, but this run quarantined a file or rejected a row. */
	public static final int FINISHED_WITH_REJECTS = 3;

	/** The warehouse is held by another process. */
	public static final int WAREHOUSE_BUSY = 4;

	private ExitCodes() {
	}

}
