package org.canvassaudit.ingest;

import java.nio.file.Path;

/**
 * One file's line in the run summary.
 *
 * @param path the path relative to the inbox, with {@code /}
 * @param sha256 the SHA-256 of its bytes, {@code null} for an ignored entry
 * @param status what was done with it
 * @param reason why it was quarantined or ignored, else {@code null}
 * @param counts its rows; all zero unless ingested
 * @param file the file as the inbox listed it (its name may not decode to {@code path})
 */
public record FileOutcome(String path, String sha256, FileStatus status, String reason, RowCounts counts, Path file) {

	static FileOutcome ignored(InboxEntry entry) {
		return new FileOutcome(entry.path(), null, FileStatus.IGNORED, entry.ignoredBecause(), RowCounts.NONE,
				entry.file());
	}

}
