package org.canvassaudit.ingest;

import java.io.IOException;

/**
 * One input file on its way into the warehouse: read ahead of its transaction where its
 * kind can be, then loaded inside the transaction.
 */
interface FileLoad extends AutoCloseable {

	/**
	 * Read what can be read before the file's transaction, on the night's reading-ahead
	 * thread, which must not touch the warehouse: returns once it is read, or the load is
	 * closed. Reads nothing unless the kind reads ahead.
	 */
	default void readAhead() {
	}

	/**
	 * @param target the file and where its rows go, inside its transaction
	 * @return how its rows were accounted for
	 * @throws QuarantineException when the file is unusable as a whole
	 * @throws IOException when it cannot be read
	 */
	RowCounts load(LoadTarget target) throws QuarantineException, IOException;

	/** Stop any reading ahead and free what it holds. */
	@Override
	default void close() {
	}

}
