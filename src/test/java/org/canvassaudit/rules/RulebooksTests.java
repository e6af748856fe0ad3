package org.canvassaudit.rules;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.rulebook;
import static org.canvassaudit.rules.RulesFixtures.week;

/**
 * SPEC §2 Rulebooks: the rulebook for a week is the one with the latest
 * {@code effective_from} on or before that week's Monday; the rulebook for a date is the
 * rulebook for its week. Version 1 takes effect on Monday 3 June 2024, version 2 on
 * Wednesday 19 June 2024.
 */
class RulebooksTests {

	private static final Rulebooks RULEBOOKS = new Rulebooks(
			List.of(minimal(2, "2024-06-19"), minimal(1, "2024-06-03")));

	// SPEC §2: a rulebook governs the weeks whose Monday is on or after its
	// effective_from
	@ParameterizedTest(name = "{0} -> version {1}")
	@CsvSource(textBlock = """
			2024-W22, 0
			2024-W23, 1
			2024-W24, 1
			2024-W25, 1
			2024-W26, 2
			2024-W40, 2
			""")
	void theRulebookForAWeekIsTheLatestInEffectOnItsMonday(String weekText, int version) {
		Rulebook governing = RULEBOOKS.forWeek(week(weekText));
		assertThat((governing != null) ? governing.version() : 0).isEqualTo(version);
	}

	// SPEC §2: the rulebook for a date is the rulebook for the week containing it, so a
	// rulebook taking effect on a Wednesday does not govern that Thursday
	@ParameterizedTest(name = "{0} -> version {1}")
	@CsvSource(textBlock = """
			2024-06-02, 0
			2024-06-03, 1
			2024-06-19, 1
			2024-06-20, 1
			2024-06-23, 1
			2024-06-24, 2
			""")
	void theRulebookForADateIsTheRulebookForItsWeek(String date, int version) {
		Rulebook governing = RULEBOOKS.forDate(day(date));
		assertThat((governing != null) ? governing.version() : 0).isEqualTo(version);
	}

	// SPEC §2: rulebooks are held in effective_from order, whatever order they arrived
	// in
	@Test
	void rulebooksAreHeldInEffectiveFromOrder() {
		assertThat(RULEBOOKS.all()).extracting(Rulebook::version).containsExactly(1, 2);
	}

	// SPEC §2: a future effective_from is valid and waits for its week
	@Test
	void aFutureRulebookWaitsForItsWeek() {
		Rulebooks rulebooks = new Rulebooks(List.of(minimal(1, "2024-06-03"), minimal(2, "2030-01-07")));
		assertThat(rulebooks.forWeek(week("2024-W26")).version()).isEqualTo(1);
		assertThat(rulebooks.forWeek(week("2030-W02")).version()).isEqualTo(2);
	}

	private static Rulebook minimal(int version, String effectiveFrom) {
		return rulebook("""
				rulebook: hq-field-rules
				version: %d
				effective_from: %s
				""".formatted(version, effectiveFrom), "sha-v" + version);
	}

}
