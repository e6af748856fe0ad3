package org.canvassaudit.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * One table of a night's outputs, defined once and written both as its CSV file and as a
 * sheet of {@code decisions-<as-of>.xlsx}, so the two always hold the same rows and
 * columns in the same order.
 *
 * @param sheetName the table's sheet name in the workbook
 * @param columns the column names, as the CSV header and the sheet's first row show them
 * @param rows the rows, streamed in output order
 */
record Table(String sheetName, List<String> columns, Rows rows) {

	/**
	 * Streams a table's rows one at a time, so a large table is never held in memory.
	 */
	@FunctionalInterface
	interface Rows {

		/**
		 * @param row receives each row's values in column order: text, numbers, booleans,
		 * dates or {@code null}
		 */
		void each(Consumer<Object[]> row);

	}

}
