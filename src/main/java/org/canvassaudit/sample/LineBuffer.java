package org.canvassaudit.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes CSV records through one reused character array, so the contact loop formats
 * millions of rows without a {@code String.format} or a string per field.
 */
final class LineBuffer implements Closeable {

	private static final int CAPACITY = 1 << 16;

	private final Writer out;

	private final char[] buffer = new char[CAPACITY];

	private final String lineEnd;

	private int length;

	private boolean firstField = true;

	private long records;

	private LineBuffer(Writer out, String lineEnd) {
		this.out = out;
		this.lineEnd = lineEnd;
	}

	static LineBuffer create(Path file) throws IOException {
		return new LineBuffer(Files.newBufferedWriter(file, StandardCharsets.UTF_8), "\n");
	}

	/** Excel and some exporters end lines with CRLF, as RFC 4180 itself does. */
	static LineBuffer createCrlf(Path file) throws IOException {
		return new LineBuffer(Files.newBufferedWriter(file, StandardCharsets.UTF_8), "\r\n");
	}

	/** A byte-order mark, which SPEC §2 allows at the start of a CSV file. */
	LineBuffer bom() {
		this.buffer[this.length++] = '\uFEFF';
		return this;
	}

	LineBuffer header(String line) throws IOException {
		raw(line);
		this.firstField = true;
		endLine();
		return this;
	}

	/** A field that never needs quoting (codes, ids, numbers). */
	LineBuffer plain(String value) {
		separate();
		append(value);
		return this;
	}

	/** A field quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
	LineBuffer text(String value) {
		separate();
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
			append(value);
		}
		else {
			append('"' + value.replace("\"", "\"\"") + '"');
		}
		return this;
	}

	/**
	 * The start of a field whose parts follow through {@link #append} and
	 * {@link #digits}.
	 */
	LineBuffer field() {
		separate();
		return this;
	}

	LineBuffer append(String value) {
		int n = value.length();
		value.getChars(0, n, this.buffer, this.length);
		this.length += n;
		return this;
	}

	LineBuffer append(char value) {
		this.buffer[this.length++] = value;
		return this;
	}

	/** The number zero-padded to the width, without going through a String. */
	LineBuffer digits(long value, int width) {
		long rest = value;
		for (int i = this.length + width - 1; i >= this.length; i--) {
			this.buffer[i] = (char) ('0' + (rest % 10));
			rest /= 10;
		}
		this.length += width;
		return this;
	}

	/** Where the current field starts, for {@link #since}. */
	int mark() {
		return this.length;
	}

	/**
	 * The text written since the mark, which is still in the buffer: it only flushes at
	 * line ends.
	 */
	String since(int mark) {
		return new String(this.buffer, mark, this.length - mark);
	}

	LineBuffer raw(String line) {
		append(line);
		return this;
	}

	void endLine() throws IOException {
		append(this.lineEnd);
		this.firstField = true;
		this.records++;
		if (this.length > CAPACITY - 4096) {
			flushBuffer();
		}
	}

	/** Records ended so far, the header included. */
	long records() {
		return this.records;
	}

	private void separate() {
		if (!this.firstField) {
			this.buffer[this.length++] = ',';
		}
		this.firstField = false;
	}

	private void flushBuffer() throws IOException {
		this.out.write(this.buffer, 0, this.length);
		this.length = 0;
	}

	@Override
	public void close() throws IOException {
		flushBuffer();
		this.out.close();
	}

}
