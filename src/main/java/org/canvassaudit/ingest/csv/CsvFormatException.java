package org.canvassaudit.ingest.csv;

import java.io.IOException;

/**
 * The bytes decode, but they are not CSV a reader can trust (a quoted field never
 * closes).
 */
public class CsvFormatException extends IOException {

	public CsvFormatException(String message) {
		super(message);
	}

}
