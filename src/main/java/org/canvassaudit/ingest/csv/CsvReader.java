package org.canvassaudit.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A streaming RFC 4180 reader over strictly decoded UTF-8 (a leading BOM is dropped).
 * <p>
 * Records end at LF, CRLF or CR; quoted fields may hold commas, quotes ({@code ""}) and
 * line breaks. An empty line is not a record, but it still takes a row number, because
 * row numbers are the ones a spreadsheet shows when it opens the file. Memory is bounded:
 * a field longer than {@link #MAX_FIELD_LENGTH} is cut there and flagged, so the caller
 * can reject its row.
 */
public final class CsvReader implements Closeable {

	/** The longest field value kept, in characters. */
	public static final int MAX_FIELD_LENGTH = 65_536;

	private static final int EOF = -1;

	private final InputStream bytes;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer undecoded = ByteBuffer.allocate(1 << 16).flip();

	private boolean endOfBytes;

	private CoderResult badBytes;

	private boolean flushed;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private final StringBuilder field = new StringBuilder();

	private String[] fields = new String[16];

	private boolean[] cut = new boolean[16];

	private int size;

	private int nextRow = 1;

	private int row;

	private boolean started;

	private boolean overflowed;

	public CsvReader(Path file) throws IOException {
		this(Files.newInputStream(file));
	}

	CsvReader(InputStream bytes) {
		this.bytes = bytes;
	}

	/**
	 * Move to the next record.
	 * @return {@code false} at the end of the input
	 * @throws IOException on unreadable input, including bytes that are not UTF-8
	 * ({@link java.nio.charset.CharacterCodingException})
	 * @throws CsvFormatException when a quoted field never ends
	 */
	public boolean next() throws IOException {
		if (!this.started) {
			this.started = true;
			if (peek() == '\uFEFF') {
				this.position++;
			}
		}
		if (!skipEmptyLines()) {
			return false;
		}
		this.row = this.nextRow;
		this.size = 0;
		while (true) {
			readField();
			int c = peek();
			if (c == ',') {
				this.position++;
				continue;
			}
			if (c != EOF) {
				consumeLineBreak();
			}
			this.nextRow++;
			return true;
		}
	}

	/**
	 * @return the spreadsheet row number of the current record (the first line is row 1)
	 */
	public int row() {
		return this.row;
	}

	/**
	 * @return the row number the reader is working on, for messages about unreadable
	 * input
	 */
	public int rowInProgress() {
		return this.nextRow;
	}

	/**
	 * @return the number of fields in the current record
	 */
	public int size() {
		return this.size;
	}

	/**
	 * @param index a field index
	 * @return the field, untrimmed, or an empty string past the end of a short record
	 */
	public String get(int index) {
		return (index < this.size) ? this.fields[index] : "";
	}

	/**
	 * @param index a field index
	 * @return whether the field was longer than {@link #MAX_FIELD_LENGTH} and was cut
	 */
	public boolean isCut(int index) {
		return index < this.size && this.cut[index];
	}

	private boolean skipEmptyLines() throws IOException {
		while (true) {
			int c = peek();
			if (c == EOF) {
				return false;
			}
			if (c != '\n' && c != '\r') {
				return true;
			}
			consumeLineBreak();
			this.nextRow++;
		}
	}

	private void consumeLineBreak() throws IOException {
		int c = peek();
		this.position++;
		if (c == '\r' && peek() == '\n') {
			this.position++;
		}
	}

	private void readField() throws IOException {
		if (peek() == '"') {
			this.position++;
			readQuoted();
		}
		else if (!readUnquotedInBuffer()) {
			this.field.setLength(0);
			appendUnquoted();
			add(this.field.toString(), false);
		}
	}

	/** The fast path: an unquoted field that ends inside the current buffer. */
	private boolean readUnquotedInBuffer() {
		char[] chars = this.buffer;
		int start = this.position;
		for (int i = start; i < this.limit; i++) {
			char c = chars[i];
			if (c == ',' || c == '\n' || c == '\r') {
				int length = i - start;
				boolean tooLong = length > MAX_FIELD_LENGTH;
				add(new String(chars, start, tooLong ? MAX_FIELD_LENGTH : length), tooLong);
				this.position = i;
				return true;
			}
		}
		return false;
	}

	private void appendUnquoted() throws IOException {
		int c;
		while ((c = peek()) != EOF && c != ',' && c != '\n' && c != '\r') {
			append((char) c);
			this.position++;
		}
	}

	private void readQuoted() throws IOException {
		this.field.setLength(0);
		int startRow = this.nextRow;
		while (true) {
			int c = peek();
			if (c == EOF) {
				throw new CsvFormatException("a quoted field starting at row " + startRow + " never ends");
			}
			this.position++;
			if (c == '"') {
				if (peek() != '"') {
					break;
				}
				this.position++;
			}
			append((char) c);
		}
		// Text after the closing quote is kept as written rather than dropped.
		appendUnquoted();
		add(this.field.toString(), false);
	}

	private void append(char c) {
		if (this.field.length() < MAX_FIELD_LENGTH) {
			this.field.append(c);
		}
		else {
			this.overflowed = true;
		}
	}

	private void add(String value, boolean wasCut) {
		if (this.size == this.fields.length) {
			this.fields = Arrays.copyOf(this.fields, this.size * 2);
			this.cut = Arrays.copyOf(this.cut, this.size * 2);
		}
		this.fields[this.size] = value;
		this.cut[this.size] = wasCut || this.overflowed;
		this.overflowed = false;
		this.size++;
	}

	private int peek() throws IOException {
		if (this.position < this.limit) {
			return this.buffer[this.position];
		}
		this.position = 0;
		this.limit = decode();
		return (this.limit > 0) ? this.buffer[0] : EOF;
	}

	/**
	 * Decode the next characters. Bad bytes are reported only once every character before
	 * them has been read, so the error is raised on the row that holds them.
	 * @return how many characters are now in the buffer
	 * @throws IOException on unreadable input or invalid UTF-8
	 */
	private int decode() throws IOException {
		if (this.badBytes != null) {
			this.badBytes.throwException();
		}
		if (this.flushed) {
			return 0;
		}
		CharBuffer chars = CharBuffer.wrap(this.buffer);
		while (chars.position() == 0) {
			if (!this.undecoded.hasRemaining() || !this.endOfBytes) {
				fill();
			}
			CoderResult result = this.decoder.decode(this.undecoded, chars, this.endOfBytes);
			if (result.isError()) {
				this.badBytes = result;
				if (chars.position() == 0) {
					result.throwException();
				}
				break;
			}
			if (this.endOfBytes && !this.undecoded.hasRemaining()) {
				this.decoder.flush(chars);
				this.flushed = true;
				break;
			}
		}
		return chars.position();
	}

	private void fill() throws IOException {
		if (this.endOfBytes) {
			return;
		}
		this.undecoded.compact();
		int read = this.bytes.read(this.undecoded.array(), this.undecoded.position(), this.undecoded.remaining());
		if (read < 0) {
			this.endOfBytes = true;
		}
		else {
			this.undecoded.position(this.undecoded.position() + read);
		}
		this.undecoded.flip();
	}

	@Override
	public void close() throws IOException {
		this.bytes.close();
	}

}
