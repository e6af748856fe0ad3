package org.canvassaudit.ingest;

import java.io.IOException;

/**
 * Loads one kind of input file into the warehouse, inside the transaction the caller
 * opened.
 */
interface InputLoader {

	InputKind kind();

	/**
	 * @param target the file and where its rows go
	 * @return how its rows were accounted for
	 * @throws QuarantineException when the file is unusable as a whole
	 * @throws IOException when it cannot be read
	 */
	RowCounts load(LoadTarget target) throws QuarantineException, IOException;

}
