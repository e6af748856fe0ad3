package org.canvassaudit.ingest;

import java.nio.file.Path;

import org.canvassaudit.warehouse.Warehouse;

/**
 * One file being loaded, inside its own transaction.
 *
 * @param entry the inbox entry
 * @param fileSeq its number in processing order
 * @param sha256 the SHA-256 of its bytes
 * @param rejects where rejected rows go
 * @param context what the night's loaders share
 */
record LoadTarget(InboxEntry entry, int fileSeq, String sha256, Rejects rejects, IngestContext context) {

	Path file() {
		return this.entry.file();
	}

	Warehouse warehouse() {
		return this.context.warehouse();
	}

}
