package org.canvassaudit.ingest.xlsx;

import java.util.List;

/**
 * Receives a sheet's rows in order, one at a time.
 */
@FunctionalInterface
public interface SheetRowHandler {

	/**
	 * @param rowNumber the Excel row number (1-based)
	 * @param cells the row's cells that hold a value, by column
	 */
	void row(int rowNumber, List<Cell> cells);

}
