package org.canvassaudit.ingest;

import java.util.Locale;

/**
 * What a night did with a file it saw.
 */
public enum FileStatus {

	INGESTED, SKIPPED, QUARANTINED, IGNORED;

	/**
	 * @return the word used in the run summary
	 */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

}
