package org.canvassaudit.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.week;

/**
 * SPEC §2 twinning.csv: {@code valid_from} and {@code valid_to} both inclusive, an empty
 * {@code valid_to} open-ended; SPEC §3 "no twinning in force during the week".
 */
class TwinningTests {

	// SPEC §2: both dates are inclusive; no valid_to means open-ended
	@ParameterizedTest(name = "{0}..{1} on {2}: {3}")
	@CsvSource(textBlock = """
			2024-06-10, 2024-06-12, 2024-06-09, false
			2024-06-10, 2024-06-12, 2024-06-10, true
			2024-06-10, 2024-06-12, 2024-06-12, true
			2024-06-10, 2024-06-12, 2024-06-13, false
			2024-06-10,           , 2030-01-01, true
			2024-06-10,           , 2024-06-09, false
			""")
	void aTwinningIsValidFromItsFirstToItsLastDayInclusive(String from, String to, String date, boolean valid) {
		Twinning twinning = new Twinning("C001", "T01", day(from), (to != null) ? day(to) : null);
		assertThat(twinning.validOn(day(date))).isEqualTo(valid);
	}

	// SPEC §3: a twinning is in force during a week when it is valid on any day of it
	@ParameterizedTest(name = "{0}..{1} during 2024-W24: {2}")
	@CsvSource(textBlock = """
			2024-05-01, 2024-06-09, false
			2024-05-01, 2024-06-10, true
			2024-05-01, 2024-06-12, true
			2024-06-16,           , true
			2024-06-17,           , false
			2024-06-12, 2024-06-12, true
			2024-05-01,           , true
			""")
	void aTwinningValidOnAnyDayOfTheWeekIsInForceDuringIt(String from, String to, boolean inForce) {
		Twinning twinning = new Twinning("C001", "T01", day(from), (to != null) ? day(to) : null);
		assertThat(twinning.inForceDuring(week("2024-W24"))).isEqualTo(inForce);
	}

}
