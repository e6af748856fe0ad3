package org.canvassaudit.ingest;

import java.nio.file.Path;

/**
 * One thing found in the inbox: an input file of a known kind, or something ignored.
 *
 * @param path the path relative to the inbox, with {@code /}
 * @param file the file itself
 * @param kind its kind, {@code null} when ignored
 * @param ignoredBecause why it is not read, {@code null} for an input
 */
public record InboxEntry(String path, Path file, InputKind kind, String ignoredBecause) {

	public boolean ignored() {
		return this.kind == null;
	}

}
