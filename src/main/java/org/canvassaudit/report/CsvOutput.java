package org.canvassaudit.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an output CSV the way SPEC §5 asks: UTF-8, comma, {@code \n}, a header row, RFC
 * 4180 quoting, dates as {@code YYYY-MM-DD}, booleans {@code true}/{@code false}, and
 * text a spreadsheet would run as a formula prefixed with {@code '}. Numbers are written
 * as numbers.
 */
public final class CsvOutput implements AutoCloseable {

	private final BufferedWriter writer;

	private CsvOutput(BufferedWriter writer) {
		this.writer = writer;
	}

	/**
	 * @param file the file to create
	 * @param header the column names
	 * @return the writer, with the header written
	 */
	public static CsvOutput create(Path file, List<String> header) {
		try {
			CsvOutput output = new CsvOutput(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
			output.row(header.toArray());
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/**
	 * @param values the row's values: text, numbers, booleans, dates or {@code null}
	 */
	public void row(Object... values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(field(values[i]));
		}
		line.append('\n');
		try {
			this.writer.write(line.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
			return value.toString();
		}
		String text = neutralised(value.toString());
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/**
	 * @param text text bound for a spreadsheet
	 * @return the text, prefixed with {@code '} when a spreadsheet would read it as a
	 * formula
	 */
	public static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	@Override
	public void close() {
		try {
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
