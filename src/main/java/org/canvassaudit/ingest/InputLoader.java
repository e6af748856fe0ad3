package org.canvassaudit.ingest;

/**
 * Loads one kind of input file into the warehouse, inside the transaction the caller
 * opened.
 */
interface InputLoader {

	InputKind kind();

	/**
	 * Open a file for loading, on the warehouse's thread, before its transaction. A kind
	 * that reads ahead sees the night as it is now: a file read ahead may be loaded after
	 * the files before it commit.
	 * @param entry the inbox entry
	 * @param context what the night's loaders share
	 * @return the file's load
	 */
	FileLoad open(InboxEntry entry, IngestContext context);

}
