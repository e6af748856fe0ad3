package org.canvassaudit.ingest.xlsx;

/**
 * Walks a workbook's sheets in workbook order, hidden ones included.
 */
public interface SheetVisitor {

	/**
	 * @param name the sheet's name
	 * @param date1904 whether the workbook counts serial dates from 1904
	 * @return the handler for this sheet's rows
	 */
	SheetRowHandler startSheet(String name, boolean date1904);

	/** The current sheet has no more rows. */
	void endSheet();

}
