package org.canvassaudit.access;

import java.util.List;
import java.util.Map;

import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.Rulebooks;
import org.canvassaudit.rules.SeatRow;
import org.canvassaudit.rules.Seats;
import org.canvassaudit.rules.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.rules.RulesFixtures.ANN;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.hqRulebook;
import static org.canvassaudit.rules.RulesFixtures.rulebook;

/**
 * SPEC §3 {@code classification_access}: a tool listed under the seat's classification on
 * the as-of date, in the rulebook for the as-of week, is DENIED; its since is the later
 * of that classification row's {@code valid_from} and that rulebook's
 * {@code effective_from}. The HQ rulebook (from Monday 3 June 2024) denies
 * {@code contact_creator} to unwinnable seats.
 */
class DenialsTests {

	// SPEC §3: since is the later of the classification row's valid_from and the
	// rulebook's effective_from
	@ParameterizedTest(name = "unwinnable from {0} -> DENIED since {1}")
	@CsvSource(textBlock = """
			2024-05-01, 2024-06-03
			2024-06-03, 2024-06-03
			2024-06-12, 2024-06-12
			""")
	void aDeniedToolIsDeniedSinceTheLaterOfRowAndRulebook(String validFrom, String since) {
		AccessRules.Denial denial = Denials.of(ANN, seats(row("unwinnable", validFrom)), hqOnly(), day("2024-06-20"));
		assertThat(denial.deniedTools()).containsExactly(Map.entry(Tool.CONTACT_CREATOR,
				new ToolState(AccessState.DENIED, day(since), "classification unwinnable", null)));
		assertThat(denial.allowedSince()).isEqualTo(day(since));
		assertThat(denial.allowedReason()).isEqualTo("classification unwinnable");
	}

	// SPEC §3: a classification the rulebook does not list denies nothing; the lifting
	// date and reason name the seat's current classification
	@Test
	void aClassificationNotListedDeniesNothing() {
		Seats seats = seats(row("unwinnable", "2024-05-01"), row("safe", "2024-06-19"));
		AccessRules.Denial denial = Denials.of(ANN, seats, hqOnly(), day("2024-06-20"));
		assertThat(denial.deniedTools()).isEqualTo(Map.of());
		assertThat(denial.allowedSince()).isEqualTo(day("2024-06-19"));
		assertThat(denial.allowedReason()).isEqualTo("classification safe");
	}

	// SPEC §3: the classification on the as-of date decides; a row valid from later
	// waits
	@Test
	void theClassificationOnTheAsOfDateDecides() {
		Seats seats = seats(row("safe", "2024-05-01"), row("unwinnable", "2024-06-21"));
		assertThat(Denials.of(ANN, seats, hqOnly(), day("2024-06-20")).deniedTools()).isEqualTo(Map.of());
		assertThat(Denials.of(ANN, seats, hqOnly(), day("2024-06-21")).deniedTools())
			.containsOnlyKeys(Tool.CONTACT_CREATOR);
	}

	// SPEC §3: the rulebook for the as-of week decides which tools are denied; version
	// 2 takes effect on Wednesday 19 June, so it governs only from Monday 24 June
	@Test
	void theRulebookForTheAsOfWeekDecidesWhichToolsAreDenied() {
		Rulebook v2 = rulebook("""
				rulebook: hq-field-rules
				version: 2
				effective_from: 2024-06-19
				classification_access:
				  unwinnable: [organise, leaflet_printing]
				""", "sha-v2");
		Rulebooks rulebooks = new Rulebooks(List.of(hqRulebook(), v2));
		Seats seats = seats(row("unwinnable", "2024-05-01"));
		assertThat(Denials.of(ANN, seats, rulebooks, day("2024-06-23")).deniedTools())
			.containsExactly(Map.entry(Tool.CONTACT_CREATOR,
					new ToolState(AccessState.DENIED, day("2024-06-03"), "classification unwinnable", null)));
		ToolState fromV2 = new ToolState(AccessState.DENIED, day("2024-06-19"), "classification unwinnable", null);
		assertThat(Denials.of(ANN, seats, rulebooks, day("2024-06-24")).deniedTools())
			.containsExactly(Map.entry(Tool.ORGANISE, fromV2), Map.entry(Tool.LEAFLET_PRINTING, fromV2));
	}

	// SPEC §3: with no classification in force, or no rulebook yet, nothing is denied
	@Test
	void noClassificationOrNoRulebookDeniesNothing() {
		AccessRules.Denial unknown = Denials.of(ANN, seats(row("unwinnable", "2024-07-01")), hqOnly(),
				day("2024-06-20"));
		assertThat(unknown.deniedTools()).isEqualTo(Map.of());
		assertThat(unknown.allowedReason()).isEqualTo("classification unknown");
		AccessRules.Denial beforeRulebooks = Denials.of(ANN, seats(row("unwinnable", "2024-05-01")), hqOnly(),
				day("2024-05-20"));
		assertThat(beforeRulebooks.deniedTools()).isEqualTo(Map.of());
	}

	private static Rulebooks hqOnly() {
		return new Rulebooks(List.of(hqRulebook()));
	}

	private static SeatRow row(String classification, String validFrom) {
		return new SeatRow(ANN.seatCode(), "Northtown", "North", classification, false, day(validFrom));
	}

	private static Seats seats(SeatRow... rows) {
		return new Seats(List.of(rows));
	}

}
