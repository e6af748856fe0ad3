package org.canvassaudit.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 output CSVs: UTF-8, comma, {@code \n} line ends, a header row, RFC 4180
 * quoting, dates {@code YYYY-MM-DD}, booleans {@code true}/{@code false}, and text a
 * spreadsheet would read as a formula prefixed with {@code '}.
 */
class CsvOutputTests {

	@TempDir
	Path temp;

	// Text is quoted only when it must be: commas, quotes (doubled), LF and CR; plain
	// text, spaces and an empty string are written as they are.
	@ParameterizedTest(name = "[{0}]")
	@MethodSource("quoting")
	void quotesTextOnlyWhenItMust(String text, String written) {
		assertThat(CsvOutput.field(text)).isEqualTo(written);
	}

	static Stream<Arguments> quoting() {
		return Stream.of(Arguments.of("plain", "plain"), Arguments.of("Smith, Jo", "\"Smith, Jo\""),
				Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""), Arguments.of("\"", "\"\"\"\""),
				Arguments.of("two\nlines", "\"two\nlines\""), Arguments.of("two\r\nlines", "\"two\r\nlines\""),
				Arguments.of("cr\ronly", "\"cr\ronly\""), Arguments.of(" padded ", " padded "),
				Arguments.of(",", "\",\""), Arguments.of("Siân O’Connor", "Siân O’Connor"),
				Arguments.of("it's", "it's"), Arguments.of("tab\tinside", "tab\tinside"));
	}

	// Text starting with = + - @, a tab or a CR gets a leading ' so a spreadsheet shows
	// it instead of running it; the result is then quoted if it needs to be.
	@ParameterizedTest(name = "[{0}]")
	@MethodSource("formulas")
	void neutralisesTextThatWouldRunAsAFormula(String text, String written) {
		assertThat(CsvOutput.field(text)).isEqualTo(written);
	}

	static Stream<Arguments> formulas() {
		return Stream.of(Arguments.of("=SUM(A1:A9)", "'=SUM(A1:A9)"),
				Arguments.of("+44 20 7946 0000", "'+44 20 7946 0000"), Arguments.of("-5", "'-5"),
				Arguments.of("-", "'-"), Arguments.of("+", "'+"), Arguments.of("@cmd", "'@cmd"),
				Arguments.of("\tindented", "'\tindented"), Arguments.of("\rx", "\"'\rx\""),
				Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), Arguments.of("=1,2", "\"'=1,2\""));
	}

	// Only the first character counts: formula characters later in the text, a leading
	// space or a leading quote are left alone.
	@ParameterizedTest(name = "[{0}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = false,
			value = { "a=b|a=b", "2024-W24|2024-W24", "breach 2024-W24|breach 2024-W24", "x-y@z|x-y@z",
					"'quoted|'quoted", "2024-06-03|2024-06-03", "` =1`|` =1`" })
	void leavesOtherTextAlone(String text, String written) {
		assertThat(CsvOutput.field(text)).isEqualTo(written);
	}

	// Numbers, negative ones included, dates and booleans are values, not formulas:
	// written bare; null is an empty field.
	@Test
	void writesNumbersDatesAndBooleansBare() {
		assertThat(CsvOutput.field(-5)).isEqualTo("-5");
		assertThat(CsvOutput.field(-1234567890123L)).isEqualTo("-1234567890123");
		assertThat(CsvOutput.field(2)).isEqualTo("2");
		assertThat(CsvOutput.field(-1.5)).isEqualTo("-1.5");
		assertThat(CsvOutput.field(new BigDecimal("-0.25"))).isEqualTo("-0.25");
		assertThat(CsvOutput.field(LocalDate.of(2024, 6, 3))).isEqualTo("2024-06-03");
		assertThat(CsvOutput.field(true)).isEqualTo("true");
		assertThat(CsvOutput.field(false)).isEqualTo("false");
		assertThat(CsvOutput.field(null)).isEqualTo("");
		assertThat(CsvOutput.field("")).isEqualTo("");
	}

	// The public neutraliser, for other writers, prefixes formula text only.
	@Test
	void neutralisedPrefixesOnlyFormulaText() {
		assertThat(CsvOutput.neutralised("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvOutput.neutralised("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(CsvOutput.neutralised("1+1")).isEqualTo("1+1");
		assertThat(CsvOutput.neutralised("")).isEqualTo("");
	}

	// A whole file: UTF-8 without a byte-order mark, a header, one line per row ending in
	// \n (never \r\n), empty fields for nulls, quoting and neutralising per field.
	@Test
	void writesAWholeFileWithLfLineEnds() throws IOException {
		Path file = this.temp.resolve("out.csv");
		try (CsvOutput output = CsvOutput.create(file, List.of("candidate_id", "name", "since", "count", "flag"))) {
			output.row("C1", "Siân O'Connor", LocalDate.of(2024, 6, 17), 3, true);
			output.row("C2", "=cmd|' /C calc'!A0", null, -2, false);
			output.row("C3", "Smith, Jo\nline two", LocalDate.of(2024, 6, 24), 0, null);
		}
		byte[] bytes = Files.readAllBytes(file);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("""
				candidate_id,name,since,count,flag
				C1,Siân O'Connor,2024-06-17,3,true
				C2,'=cmd|' /C calc'!A0,,-2,false
				C3,"Smith, Jo
				line two",2024-06-24,0,
				""");
		assertThat(bytes[0]).isEqualTo((byte) 'c');
		assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\r");
	}

	// A file with only a header is a header line and nothing else.
	@Test
	void writesAHeaderOnlyFile() throws IOException {
		Path file = this.temp.resolve("empty.csv");
		CsvOutput.create(file, List.of("seat_code", "held")).close();
		assertThat(Files.readString(file)).isEqualTo("seat_code,held\n");
	}

}
