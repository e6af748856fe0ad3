package org.canvassaudit.ingest.csv;

import java.io.IOException;
import java.util.List;

import org.canvassaudit.ingest.csv.CsvColumns.HeaderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SPEC §2 "CSV": header names match case-insensitively after trimming, in any order;
 * extra columns are ignored; a missing or duplicated required column quarantines the
 * file.
 */
class CsvColumnsTests {

	private static final List<String> REQUIRED = List.of("session_id", "seat_code", "session_start", "attendee_id");

	private static final List<String> OPTIONAL = List.of("session_end", "activity", "attendee_name", "checked_in_at");

	// Names in another case, padded with spaces and in another order still find their
	// columns; an absent optional column is -1.
	@Test
	void matchesNamesCaseInsensitivelyAfterTrimmingInAnyOrder() throws Exception {
		CsvColumns columns = columns("  ATTENDEE_ID ,Seat_Code,\tsession_start\t, Session_ID,Activity");
		assertThat(columns.position("attendee_id")).isEqualTo(0);
		assertThat(columns.position("seat_code")).isEqualTo(1);
		assertThat(columns.position("session_start")).isEqualTo(2);
		assertThat(columns.position("session_id")).isEqualTo(3);
		assertThat(columns.position("activity")).isEqualTo(4);
		assertThat(columns.position("session_end")).isEqualTo(-1);
	}

	// Columns nobody asked for are ignored wherever they sit, shifting nothing.
	@Test
	void ignoresExtraColumns() throws Exception {
		CsvColumns columns = columns("notes,session_id,colour,seat_code,session_start,,attendee_id,seat_code_old");
		assertThat(columns.position("session_id")).isEqualTo(1);
		assertThat(columns.position("seat_code")).isEqualTo(3);
		assertThat(columns.position("session_start")).isEqualTo(4);
		assertThat(columns.position("attendee_id")).isEqualTo(6);
		assertThat(columns.position("notes")).isEqualTo(-1);
		assertThat(columns.position("colour")).isEqualTo(-1);
	}

	// A quoted header name is matched like any other once unquoted.
	@Test
	void matchesQuotedHeaderNames() throws Exception {
		CsvColumns columns = columns("\"session_id\",\" seat_code \",session_start,attendee_id");
		assertThat(columns.position("seat_code")).isEqualTo(1);
	}

	// A missing required column is an error naming it (and only it).
	@ParameterizedTest(name = "{1} missing")
	@CsvSource(delimiter = ';',
			value = { "seat_code,session_start,attendee_id;session_id",
					"session_id,session_start,attendee_id,session_end;seat_code",
					"session_id,seat_code,attendee_id;session_start",
					"session_id,seat_code,session_start,attendee;attendee_id" })
	void aMissingRequiredColumnIsNamed(String header, String missing) {
		assertThatExceptionOfType(HeaderException.class).isThrownBy(() -> columns(header))
			.withMessage("missing required column: " + missing);
	}

	// Every missing required column is named, in the order they are required.
	@Test
	void namesEveryMissingColumn() {
		assertThatExceptionOfType(HeaderException.class).isThrownBy(() -> columns("seat_code,activity"))
			.withMessage("missing required column: session_id, session_start, attendee_id");
	}

	// A required column given twice, even in another case or with spaces, is an error
	// naming it: the file cannot say which one holds the value.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			value = { "session_id,seat_code,session_start,attendee_id,seat_code;seat_code",
					"session_id,Seat_Code ,session_start,attendee_id, SEAT_CODE;seat_code",
					"Attendee_ID,session_id,seat_code,session_start,attendee_id;attendee_id" })
	void aDuplicatedRequiredColumnIsNamed(String header, String duplicated) {
		assertThatExceptionOfType(HeaderException.class).isThrownBy(() -> columns(header))
			.withMessage("required column appears more than once: " + duplicated);
	}

	private static CsvColumns columns(String header) throws IOException, HeaderException {
		try (CsvReader reader = new CsvReader(
				new java.io.ByteArrayInputStream((header + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
			assertThat(reader.next()).isTrue();
			return CsvColumns.of(reader, REQUIRED, OPTIONAL);
		}
	}

}
