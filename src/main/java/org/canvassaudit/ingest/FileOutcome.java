package org.canvassaudit.ingest;

/**
 * One file's line in the run summary.
 *
 * @param path the path relative to the inbox, with {@code /}
 * @param sha256 the SHA-256 of its bytes, {@code null} for an ignored entry
 * @param status what was done with it
 * @param reason why it was quarantined or ignored, else {@code null}
 * @param counts its rows; all zero unless ingested
 */
public record FileOutcome(String path, String sha256, FileStatus status, String reason, RowCounts counts) {

	static FileOutcome ignored(InboxEntry entry) {
		return new FileOutcome(entry.path(), null, FileStatus.IGNORED, entry.ignoredBecause(), RowCounts.NONE);
	}

}
