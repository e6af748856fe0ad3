package org.canvassaudit.rules;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.rules.RulesFixtures.day;

/**
 * SPEC §2 seats.csv: several rows per seat form its history; the row in force on a date
 * is the one with the latest {@code valid_from} on or before that date.
 */
class SeatsTests {

	private static final Seats SEATS = new Seats(
			List.of(new SeatRow("S01", "Northtown", "North", "battleground", false, day("2024-06-11")),
					new SeatRow("S01", "Northtown", "North", "safe", true, day("2024-05-01")),
					new SeatRow("S01", "Northtown", "North", "unwinnable", false, day("2024-07-01")),
					new SeatRow("A01", "Aldbury", "East", "safe", false, day("2024-05-01"))));

	// SPEC §2: the latest valid_from on or before the date; nothing before the first
	// row
	@ParameterizedTest(name = "S01 on {0} is {1}")
	@CsvSource(textBlock = """
			2024-04-30,
			2024-05-01, safe
			2024-06-10, safe
			2024-06-11, battleground
			2024-06-30, battleground
			2024-07-01, unwinnable
			2025-01-01, unwinnable
			""")
	void theRowInForceHasTheLatestValidFromOnOrBeforeTheDate(String date, String classification) {
		assertThat(SEATS.classificationOn("S01", day(date))).isEqualTo(classification);
	}

	// SPEC §2: a seat's history is kept whole, oldest first, and the held flag travels
	// with its row
	@Test
	void aSeatsHistoryIsKeptOldestFirst() {
		assertThat(SEATS.history("S01")).extracting(SeatRow::classification)
			.containsExactly("safe", "battleground", "unwinnable");
		assertThat(SEATS.inForce("S01", day("2024-06-01")).held()).isTrue();
		assertThat(SEATS.inForce("S01", day("2024-06-12")).held()).isFalse();
		assertThat(SEATS.codes()).containsExactly("A01", "S01");
		assertThat(SEATS.inForce("Z99", day("2024-06-12"))).isNull();
	}

}
