package org.canvassaudit.ingest.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC §2 "CSV": RFC 4180 records over strict UTF-8, with row numbers as a spreadsheet
 * shows them (the header is row 1) and bounded memory for absurdly long fields.
 */
class CsvReaderTests {

	private static final int MAX = CsvReader.MAX_FIELD_LENGTH;

	@TempDir
	Path temp;

	// Every record as "row: field|field|...", read from a whole string and from a reader
	// that hands over one character at a time, so line breaks split across buffer refills
	// are covered by the same expectations.
	static Stream<Arguments> records() {
		return Stream.of(
				// LF, CRLF and CR all end a record.
				Arguments.of("h1,h2\na,b\n", List.of("1: h1|h2", "2: a|b")),
				Arguments.of("h1,h2\r\na,b\r\n", List.of("1: h1|h2", "2: a|b")),
				Arguments.of("h1,h2\ra,b\r", List.of("1: h1|h2", "2: a|b")),
				// The last record needs no line break.
				Arguments.of("h1,h2\na,b", List.of("1: h1|h2", "2: a|b")),
				// An empty line is no record but takes a row number, whatever its end.
				Arguments.of("h\n\na\n", List.of("1: h", "3: a")),
				Arguments.of("h\r\n\r\na\r\n", List.of("1: h", "3: a")),
				Arguments.of("h\r\ra\r", List.of("1: h", "3: a")),
				Arguments.of("h\n\n\n\na\n\nb\n", List.of("1: h", "5: a", "7: b")),
				// Empty lines at the end are not records.
				Arguments.of("h\na\n\n\n", List.of("1: h", "2: a")),
				// Empty lines before the header push the header down.
				Arguments.of("\n\nh\na\n", List.of("3: h", "4: a")),
				// A line of commas or of spaces is a (blank) record, not an empty line.
				Arguments.of("h1,h2,h3\n,,\n", List.of("1: h1|h2|h3", "2: ||")),
				Arguments.of("h\n   \na\n", List.of("1: h", "2:    ", "3: a")),
				// A trailing comma adds an empty last field.
				Arguments.of("h1,h2\na,\n", List.of("1: h1|h2", "2: a|")),
				// Quoted fields keep commas, doubled quotes, spaces; "" is empty.
				Arguments.of("h1,h2\n\"Smith, Jo\",\"say \"\"hi\"\"\"\n",
						List.of("1: h1|h2", "2: Smith, Jo|say \"hi\"")),
				Arguments.of("h1,h2\n\"\",\" x \"\n", List.of("1: h1|h2", "2: | x ")),
				// Values are not trimmed by the reader.
				Arguments.of("h1,h2\n a , b \n", List.of("1: h1|h2", "2:  a | b ")),
				// A quoted line break stays in the value and does not add a row: the next
				// record is on the next spreadsheet row.
				Arguments.of("h1,h2\n\"line 1\nline 2\",x\nnext,y\n",
						List.of("1: h1|h2", "2: line 1\nline 2|x", "3: next|y")),
				Arguments.of("h\r\n\"a\r\n\r\nb\"\r\nc\r\n", List.of("1: h", "2: a\r\n\r\nb", "3: c")),
				Arguments.of("h\n\"a\rb\"\n\nc\n", List.of("1: h", "2: a\rb", "4: c")));
	}

	// Records, fields and row numbers for each line-end and quoting rule.
	@ParameterizedTest(name = "{index}: {0}")
	@MethodSource("records")
	void readsRecordsWithSpreadsheetRowNumbers(String csv, List<String> expected) throws IOException {
		assertThat(read(utf8(csv))).containsExactlyElementsOf(expected);
	}

	// The same records when every character arrives in its own read (CR and LF of one
	// CRLF in different refills must still make one line break).
	@ParameterizedTest(name = "{index}: {0}")
	@MethodSource("records")
	void readsTheSameRecordsWhenInputTricklesInOneCharacterAtATime(String csv, List<String> expected)
			throws IOException {
		assertThat(read(new TricklingReader(csv))).containsExactlyElementsOf(expected);
	}

	// A UTF-8 byte-order mark is dropped, so the first header name matches as written.
	@Test
	void dropsALeadingByteOrderMark() throws IOException {
		Path file = write("bom.csv", bytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"contact_id,voter_ref\nC1,V1\n".getBytes(StandardCharsets.UTF_8)));
		try (CsvReader reader = new CsvReader(file)) {
			assertThat(reader.next()).isTrue();
			assertThat(reader.get(0)).isEqualTo("contact_id");
			assertThat(reader.row()).isEqualTo(1);
			assertThat(reader.next()).isTrue();
			assertThat(reader.get(0)).isEqualTo("C1");
			assertThat(reader.row()).isEqualTo(2);
			assertThat(reader.next()).isFalse();
		}
	}

	// Multi-byte UTF-8 (accents, curly apostrophes, emoji) decodes exactly.
	@Test
	void decodesMultiByteUtf8() throws IOException {
		Path file = write("names.csv", "name\nSiân O’Connor\nZoë 👍\n".getBytes(StandardCharsets.UTF_8));
		assertThat(read(new CsvReader(file))).containsExactly("1: name", "2: Siân O’Connor", "3: Zoë 👍");
	}

	// An empty file and a file holding only a BOM have no records at all.
	@Test
	void anEmptyFileHasNoRecords() throws IOException {
		assertThat(read(new CsvReader(write("empty.csv", new byte[0])))).isEmpty();
		assertThat(read(new CsvReader(write("bom-only.csv", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }))))
			.isEmpty();
	}

	// A short record reads as empty strings past its end, and knows its size.
	@Test
	void aShortRecordReadsEmptyPastItsEnd() throws IOException {
		try (CsvReader reader = new CsvReader(utf8("a,b,c\nx\n"))) {
			reader.next();
			reader.next();
			assertThat(reader.size()).isEqualTo(1);
			assertThat(reader.get(0)).isEqualTo("x");
			assertThat(reader.get(2)).isEqualTo("");
			assertThat(reader.isCut(2)).isFalse();
		}
	}

	// All fields of a record wider than the reader's initial room (16) are kept.
	@Test
	void keepsEveryFieldOfAWideRecord() throws IOException {
		String wide = String.join(",", Stream.iterate(0, (i) -> i + 1).limit(40).map((i) -> "f" + i).toList());
		try (CsvReader reader = new CsvReader(utf8(wide + "\n"))) {
			reader.next();
			assertThat(reader.size()).isEqualTo(40);
			assertThat(reader.get(0)).isEqualTo("f0");
			assertThat(reader.get(39)).isEqualTo("f39");
		}
	}

	// A field of exactly 65,536 characters is kept whole; one more character and it is
	// cut to 65,536 and flagged; the record's next field is intact and unflagged.
	@ParameterizedTest(name = "quoted={0}")
	@ValueSource(booleans = { false, true })
	void cutsAndFlagsOnlyFieldsLongerThan65536Characters(boolean quoted) throws IOException {
		String exact = "a".repeat(MAX);
		String over = "b".repeat(MAX) + "c";
		Function<String, String> q = (value) -> quoted ? '"' + value + '"' : value;
		String csv = "h1,h2\n" + q.apply(exact) + ",tail1\n" + q.apply(over) + ",tail2\nlast,x\n";
		for (java.io.InputStream in : List.of(utf8(csv), new TricklingReader(csv))) {
			try (CsvReader reader = new CsvReader(in)) {
				reader.next();
				assertThat(reader.next()).isTrue();
				assertThat(reader.row()).isEqualTo(2);
				assertThat(reader.get(0)).isEqualTo(exact);
				assertThat(reader.isCut(0)).isFalse();
				assertThat(reader.get(1)).isEqualTo("tail1");
				assertThat(reader.next()).isTrue();
				assertThat(reader.row()).isEqualTo(3);
				assertThat(reader.get(0)).hasSize(MAX).isEqualTo("b".repeat(MAX));
				assertThat(reader.isCut(0)).isTrue();
				assertThat(reader.get(1)).isEqualTo("tail2");
				assertThat(reader.isCut(1)).isFalse();
				assertThat(reader.next()).isTrue();
				assertThat(reader.row()).isEqualTo(4);
				assertThat(reader.get(0)).isEqualTo("last");
				assertThat(reader.isCut(0)).isFalse();
			}
		}
	}

	// A 10 MB line (unquoted, then quoted) is read with bounded memory: the reader
	// allocates far less than the line itself would take, cuts the field and carries on
	// with the next record on the right row.
	@ParameterizedTest(name = "quoted={0}")
	@ValueSource(booleans = { false, true })
	void readsATenMegabyteLineWithBoundedMemory(boolean quoted) throws IOException {
		Path file = this.temp.resolve("huge.csv");
		int lineLength = 10 * 1024 * 1024;
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write("h1,h2\n".getBytes(StandardCharsets.US_ASCII));
			byte[] chunk = new byte[1 << 16];
			Arrays.fill(chunk, (byte) 'x');
			if (quoted) {
				out.write('"');
			}
			for (int written = 0; written < lineLength; written += chunk.length) {
				out.write(chunk);
			}
			if (quoted) {
				out.write('"');
			}
			out.write(",end\nafter,y\n".getBytes(StandardCharsets.US_ASCII));
		}
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		String huge;
		boolean cut;
		String end;
		String after;
		int afterRow;
		try (CsvReader reader = new CsvReader(file)) {
			reader.next();
			reader.next();
			huge = reader.get(0);
			cut = reader.isCut(0);
			end = reader.get(1);
			reader.next();
			after = reader.get(0);
			afterRow = reader.row();
		}
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(huge).hasSize(MAX);
		assertThat(cut).isTrue();
		assertThat(end).isEqualTo("end");
		assertThat(after).isEqualTo("after");
		assertThat(afterRow).isEqualTo(3);
		assertThat(allocated).as("bytes allocated reading a %d-character line", lineLength)
			.isLessThan(4L * 1024 * 1024);
	}

	// Bytes that are not UTF-8 fail the read with a CharacterCodingException (the caller
	// quarantines the file): a Latin-1 "Siân", a stray continuation byte, an overlong
	// form, an encoded surrogate, 0xFF, and a sequence cut off at the end of the file.
	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidUtf8")
	void rejectsBytesThatAreNotUtf8(String description, byte[] content) throws IOException {
		Path file = write("bad.csv", content);
		try (CsvReader reader = new CsvReader(file)) {
			assertThatThrownBy(() -> readAll(reader)).isInstanceOf(CharacterCodingException.class);
		}
	}

	// The bad bytes are reported on the row that holds them, after every earlier row has
	// been
	// read, however far ahead the decoder reads.
	@Test
	void reportsBadBytesOnTheRowThatHoldsThem() throws IOException {
		StringBuilder rows = new StringBuilder("name,seat\n");
		for (int i = 0; i < 5000; i++) {
			rows.append("row").append(i).append(",E1\n");
		}
		byte[] content = bytes(rows.toString().getBytes(StandardCharsets.US_ASCII),
				new byte[] { 'b', 'a', 'd', (byte) 0xFF, ',', 'E', '1', '\n' });
		try (CsvReader reader = new CsvReader(write("late-bad.csv", content))) {
			int records = 0;
			try {
				while (reader.next()) {
					records++;
				}
			}
			catch (CharacterCodingException ex) {
				assertThat(records).isEqualTo(5001);
				assertThat(reader.rowInProgress()).isEqualTo(5002);
				return;
			}
			throw new AssertionError("the bad bytes were not reported");
		}
	}

	static Stream<Arguments> invalidUtf8() {
		byte[] header = "name,seat\n".getBytes(StandardCharsets.US_ASCII);
		return Stream.of(Arguments.of("latin-1 a-circumflex", bytes(header, new byte[] { 'S', 'i', (byte) 0xE2, 'n' })),
				Arguments.of("lone continuation byte", bytes(header, new byte[] { 'a', (byte) 0x80, 'b' })),
				Arguments.of("overlong slash", bytes(header, new byte[] { (byte) 0xC0, (byte) 0xAF })),
				Arguments.of("encoded surrogate", bytes(header, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 })),
				Arguments.of("0xFF", bytes(header, new byte[] { 'x', (byte) 0xFF })),
				Arguments.of("truncated at end of file", bytes(header, new byte[] { 'x', (byte) 0xE2, (byte) 0x82 })),
				Arguments.of("invalid byte in the header", new byte[] { 'n', (byte) 0xE9, '\n', 'a', '\n' }));
	}

	// A quoted field that never closes is a format error naming the row it started on,
	// after the records before it were read normally.
	@Test
	void anUnterminatedQuoteIsAFormatErrorNamingItsRow() throws IOException {
		try (CsvReader reader = new CsvReader(utf8("h1,h2\na,b\n\nc,\"open\nmore\n"))) {
			assertThat(reader.next()).isTrue();
			assertThat(reader.next()).isTrue();
			assertThat(reader.row()).isEqualTo(2);
			assertThatThrownBy(reader::next).isInstanceOf(CsvFormatException.class).hasMessageContaining("row 4");
		}
	}

	// A lone quote at the very end of the file is also unterminated.
	@Test
	void aLoneQuoteAtTheEndIsAFormatError() throws IOException {
		try (CsvReader reader = new CsvReader(utf8("h\n\""))) {
			assertThat(reader.next()).isTrue();
			assertThatThrownBy(reader::next).isInstanceOf(CsvFormatException.class).hasMessageContaining("row 2");
		}
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(this.temp.resolve(name), content);
	}

	private static byte[] bytes(byte[] first, byte[] second) {
		byte[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private static void readAll(CsvReader reader) throws IOException {
		while (reader.next()) {
			reader.get(0);
		}
	}

	private static List<String> read(java.io.InputStream in) throws IOException {
		return read(new CsvReader(in));
	}

	private static List<String> read(CsvReader reader) throws IOException {
		List<String> records = new ArrayList<>();
		try (reader) {
			while (reader.next()) {
				List<String> fields = new ArrayList<>();
				for (int i = 0; i < reader.size(); i++) {
					fields.add(reader.get(i));
				}
				records.add(reader.row() + ": " + String.join("|", fields));
			}
		}
		return records;
	}

	/**
	 * A reader that returns at most one character per read, like a slow stream.
	 */
	private static java.io.InputStream utf8(String text) {
		return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Hands the bytes over one at a time, so line breaks and characters straddle reads.
	 */
	private static final class TricklingReader extends java.io.InputStream {

		private final byte[] bytes;

		private int position;

		TricklingReader(String text) {
			this.bytes = text.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public int read() {
			return (this.position < this.bytes.length) ? (this.bytes[this.position++] & 0xFF) : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.position >= this.bytes.length) {
				return -1;
			}
			if (length == 0) {
				return 0;
			}
			buffer[offset] = this.bytes[this.position++];
			return 1;
		}

	}

}
