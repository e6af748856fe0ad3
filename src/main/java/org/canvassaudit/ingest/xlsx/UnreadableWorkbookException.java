package org.canvassaudit.ingest.xlsx;

/**
 * The file is not a workbook this reader can open: not an .xlsx, encrypted, damaged, or a
 * suspected zip bomb.
 */
public class UnreadableWorkbookException extends Exception {

	public UnreadableWorkbookException(String message) {
		super(message);
	}

	public UnreadableWorkbookException(String message, Throwable cause) {
		super(message, cause);
	}

}
