package org.canvassaudit.nightly;

import java.time.LocalDate;
import java.util.List;

/**
 * A night's job did not complete; its outputs were not published and the next run with
 * the same as-of date resumes it.
 */
public class NightFailedException extends RuntimeException {

	public NightFailedException(LocalDate asOf, List<Throwable> causes) {
		super("the night of " + asOf + " failed: " + describe(causes), causes.isEmpty() ? null : causes.get(0));
	}

	private static String describe(List<Throwable> causes) {
		if (causes.isEmpty()) {
			return "no step reported why";
		}
		Throwable cause = causes.get(0);
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
