package org.canvassaudit.rules;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.canvassaudit.rules.RulesFixtures.day;

/**
 * SPEC §2: a week is an ISO week, Monday to Sunday, written {@code 2024-W24}.
 */
class IsoWeekTests {

	// SPEC §2: every day Monday to Sunday belongs to its ISO week, year boundaries
	// included
	@ParameterizedTest(name = "{0} is in {1}")
	@CsvSource(textBlock = """
			2024-06-10, 2024-W24, 2024-06-10, 2024-06-16
			2024-06-13, 2024-W24, 2024-06-10, 2024-06-16
			2024-06-16, 2024-W24, 2024-06-10, 2024-06-16
			2024-06-17, 2024-W25, 2024-06-17, 2024-06-23
			2024-01-01, 2024-W01, 2024-01-01, 2024-01-07
			2024-12-30, 2025-W01, 2024-12-30, 2025-01-05
			2021-01-03, 2020-W53, 2020-12-28, 2021-01-03
			2027-01-01, 2026-W53, 2026-12-28, 2027-01-03
			""")
	void aDateFallsInItsIsoWeek(String date, String text, String monday, String sunday) {
		IsoWeek week = IsoWeek.of(day(date));
		assertThat(week).hasToString(text);
		assertThat(week.monday()).isEqualTo(day(monday));
		assertThat(week.sunday()).isEqualTo(day(sunday));
		assertThat(week.contains(day(date))).isTrue();
		assertThat(IsoWeek.parse(text)).isEqualTo(week);
	}

	// SPEC §2: the written form parses back to its Monday; impossible weeks and other
	// shapes do not
	@ParameterizedTest(name = "{0} is no week")
	@ValueSource(strings = { "2021-W53", "2024-W00", "2024-W54", "2024-24", "2024-W1", "24-W24", "2024-W24-1", "" })
	void textThatIsNotAWeekDoesNotParse(String text) {
		assertThat(IsoWeek.parse(text)).isNull();
	}

	// SPEC §2: surrounding blanks do not matter
	@Test
	void parsingIgnoresSurroundingBlanks() {
		assertThat(IsoWeek.parse(" 2024-W24 ")).isEqualTo(new IsoWeek(day("2024-06-10")));
	}

	// SPEC §2: a week runs Monday to Sunday, so only a Monday names one
	@Test
	void aWeekIsNamedByItsMonday() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IsoWeek(day("2024-06-11")))
			.withMessage("2024-06-11 is not a Monday");
	}

	// SPEC §3 weeks evaluated: consecutive weeks, in order, across a year end
	@Test
	void weeksFollowOneAnotherInOrder() {
		IsoWeek last2024 = IsoWeek.parse("2024-W52");
		assertThat(last2024.next()).hasToString("2025-W01");
		assertThat(last2024.next().monday()).isEqualTo(day("2024-12-30"));
		assertThat(Stream.of(last2024.next(), IsoWeek.parse("2024-W01"), last2024).sorted())
			.extracting(IsoWeek::toString)
			.containsExactly("2024-W01", "2024-W52", "2025-W01");
		assertThat(last2024.compareTo(IsoWeek.parse("2024-W52"))).isEqualTo(0);
		assertThat(last2024.contains(day("2024-12-22"))).isFalse();
		assertThat(last2024.contains(day("2024-12-30"))).isFalse();
	}

}
