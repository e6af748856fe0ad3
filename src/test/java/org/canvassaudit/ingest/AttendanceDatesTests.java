package org.canvassaudit.ingest;

import java.time.LocalDate;

import org.canvassaudit.ingest.xlsx.Cell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SPEC §2 "Attendance spreadsheets": the {@code Date} cell is an Excel date (or a plain
 * number taken as one, honouring the 1904 date system), or text {@code D/M/YYYY} in UK
 * order or {@code YYYY-MM-DD}; anything else rejects the row on the field {@code Date}.
 */
class AttendanceDatesTests {

	// Excel serial dates in the 1900 system: 45446 is Monday 3 June 2024; 1 is 1 January
	// 1900; 61 is 1 March 1900 (past Excel's fictitious 29 February 1900).
	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "45446, 2024-06-03", "45292, 2024-01-01", "45351, 2024-02-29", "45477, 2024-07-04", "1, 1900-01-01",
			"61, 1900-03-01", "2958465, 9999-12-31" })
	void readsSerialDatesInThe1900System(double serial, LocalDate expected) throws RowRejection {
		assertThat(AttendanceSheet.date(dateCell(serial), false)).isEqualTo(expected);
	}

	// The same days in the 1904 date system have serials 1,462 lower.
	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "43984, 2024-06-03", "43830, 2024-01-01", "43889, 2024-02-29", "1, 1904-01-02" })
	void readsSerialDatesInThe1904System(double serial, LocalDate expected) throws RowRejection {
		assertThat(AttendanceSheet.date(dateCell(serial), true)).isEqualTo(expected);
	}

	// The same serial means a different day in each system: the workbook's flag decides.
	@Test
	void theDateSystemDecidesWhatASerialMeans() throws RowRejection {
		assertThat(AttendanceSheet.date(dateCell(45446), false)).isEqualTo(LocalDate.of(2024, 6, 3));
		assertThat(AttendanceSheet.date(dateCell(45446), true)).isEqualTo(LocalDate.of(2028, 6, 4));
	}

	// A time of day inside the serial (18:00 here) does not move the date.
	@Test
	void ignoresTheTimeOfDayInASerial() throws RowRejection {
		assertThat(AttendanceSheet.date(dateCell(45446.75), false)).isEqualTo(LocalDate.of(2024, 6, 3));
		assertThat(AttendanceSheet.date(dateCell(45446.999), false)).isEqualTo(LocalDate.of(2024, 6, 3));
	}

	// A plain number without a date format is still taken as a serial date.
	@Test
	void takesAPlainNumberAsASerialDate() throws RowRejection {
		assertThat(AttendanceSheet.date(new Cell(0, null, 45446.0, false), false)).isEqualTo(LocalDate.of(2024, 6, 3));
		assertThat(AttendanceSheet.date(new Cell(0, null, 43984.0, false), true)).isEqualTo(LocalDate.of(2024, 6, 3));
	}

	// Text dates in UK order: 3 June 2024 however many digits day and month are written
	// with, never 6 March; and ISO dates; surrounding spaces in the cell do not matter.
	@ParameterizedTest(name = "[{0}] is {1}")
	@CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false,
			value = { "03/06/2024;2024-06-03", "3/6/2024;2024-06-03", "03/6/2024;2024-06-03", "3/06/2024;2024-06-03",
					"2024-06-03;2024-06-03", "13/06/2024;2024-06-13", "12/06/2024;2024-06-12", "29/02/2024;2024-02-29",
					"31/12/2024;2024-12-31", "1/1/2025;2025-01-01", " 3/6/2024 ;2024-06-03",
					"\t2024-06-03 ;2024-06-03" })
	void readsTextDatesInUkOrderAndIso(String text, LocalDate expected) throws RowRejection {
		assertThat(AttendanceSheet.date(textCell(text), false)).isEqualTo(expected);
	}

	// Text that is not a real D/M/YYYY or YYYY-MM-DD date rejects the row on the field
	// Date, quoting what was written: 31 February, 29 February outside a leap year, month
	// 13, US order that cannot be UK order, two-digit years, other separators, words.
	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "31/02/2024", "30/02/2024", "29/02/2023", "31/04/2024", "06/13/2024", "00/06/2024",
			"3/0/2024", "3/6/24", "03-06-2024", "03.06.2024", "2024/06/03", "3 June 2024", "June 3, 2024", "2024-02-31",
			"2024-6-3", "003/06/2024", "3/6/2024 10:00", "today" })
	void rejectsTextThatIsNotADate(String text) {
		assertThatExceptionOfType(RowRejection.class).isThrownBy(() -> AttendanceSheet.date(textCell(text), false))
			.satisfies((rejection) -> {
				assertThat(rejection.field()).isEqualTo("Date");
				assertThat(rejection.reason()).contains("'" + text + "'");
			});
	}

	// An empty, whitespace-only or absent Date cell rejects the row as a required field.
	@Test
	void rejectsAnEmptyDate() {
		for (Cell cell : new Cell[] { null, textCell(""), textCell("   "), new Cell(0, null, null, false) }) {
			assertThatExceptionOfType(RowRejection.class).isThrownBy(() -> AttendanceSheet.date(cell, false))
				.satisfies((rejection) -> {
					assertThat(rejection.field()).isEqualTo("Date");
					assertThat(rejection.reason()).isEqualTo("required but empty");
				});
		}
	}

	// Numbers that are no Excel date reject the row on Date: zero, negatives, and serials
	// past 31 December 9999 (Excel's last date), which must not turn into a year 10000 or
	// a year before Christ.
	@ParameterizedTest(name = "{0}")
	@ValueSource(doubles = { 0, -1, -45446, 0.5, 2958466, 1e12 })
	void rejectsNumbersThatAreNoExcelDate(double serial) {
		assertThatExceptionOfType(RowRejection.class).isThrownBy(() -> AttendanceSheet.date(dateCell(serial), false))
			.satisfies((rejection) -> assertThat(rejection.field()).isEqualTo("Date"));
	}

	private static Cell dateCell(double serial) {
		return new Cell(0, null, serial, true);
	}

	private static Cell textCell(String text) {
		return new Cell(0, text, null, false);
	}

}
