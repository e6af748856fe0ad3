package org.canvassaudit.ingest.xlsx;

/**
 * A visitor's reason to stop reading a workbook whose bytes are fine, such as a sheet
 * whose header lacks a required column. {@link XlsxWorkbooks#read} lets it through as
 * thrown, rather than calling the workbook unreadable.
 */
public class SheetContentException extends RuntimeException {

	public SheetContentException(String message) {
		super(message);
	}

}
