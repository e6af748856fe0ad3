package org.canvassaudit.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.hqRulebook;
import static org.canvassaudit.rules.RulesFixtures.rulebook;

/**
 * SPEC §3 {@code gotv}: under the rulebook for polling day (Thursday 4 July 2024, week
 * 2024-W27 from Monday 1 July), one row per seat using the seat's row in force that day;
 * no support where {@code held} and {@code no_support_for_held_seats}, support otherwise.
 */
class GotvPlanTests {

	private static final Seats SEATS = new Seats(
			List.of(new SeatRow("H01", "Holdham", "North", "safe", true, day("2024-05-01")),
					new SeatRow("L01", "Lateholm", "North", "battleground", false, day("2024-05-01")),
					new SeatRow("L01", "Lateholm", "North", "battleground", true, day("2024-07-04")),
					new SeatRow("N01", "Newfield", "South", "battleground", false, day("2024-05-01")),
					new SeatRow("R01", "Ridgeway", "East", "safe", true, day("2024-05-01")),
					new SeatRow("R01", "Ridgeway", "East", "battleground", false, day("2024-07-01")),
					new SeatRow("U01", "Upton", "West", "unwinnable", true, day("2024-05-01")),
					new SeatRow("U01", "Upton", "West", "unwinnable", false, day("2024-07-05")),
					new SeatRow("Z01", "Zedbury", "West", "safe", true, day("2024-07-05"))));

	// SPEC §3 gotv: held seats get no support, others do, by the row in force on
	// polling day
	@Test
	void heldSeatsGetNoSupportOnPollingDay() {
		GotvPlan.Plan plan = GotvPlan.of(new Rulebooks(List.of(hqRulebook())), SEATS, day("2024-06-20"));
		assertThat(plan.pollingDay()).isEqualTo(day("2024-07-04"));
		assertThat(plan.rulebookVersion()).isEqualTo(1);
		assertThat(plan.rows()).containsExactly(
				new GotvPlan.Row("H01", true, "safe", false, "held seat: no support for held seats"),
				new GotvPlan.Row("L01", true, "battleground", false, "held seat: no support for held seats"),
				new GotvPlan.Row("N01", false, "battleground", true, "not held"),
				new GotvPlan.Row("R01", false, "battleground", true, "not held"),
				new GotvPlan.Row("U01", true, "unwinnable", false, "held seat: no support for held seats"),
				new GotvPlan.Row("Z01", null, null, true, "no classification in force on polling day"));
	}

	// SPEC §3 gotv: without no_support_for_held_seats every seat gets support
	@Test
	void heldSeatsGetSupportWhenTheRulebookAllowsIt() {
		GotvPlan.Plan plan = GotvPlan.of(new Rulebooks(List.of(gotvRulebook(1, "2024-06-03", false))), SEATS,
				day("2024-06-20"));
		assertThat(plan.rows()).extracting(GotvPlan.Row::seatCode, GotvPlan.Row::gotvSupport)
			.containsExactly(tuple("H01", true), tuple("L01", true), tuple("N01", true), tuple("R01", true),
					tuple("U01", true), tuple("Z01", true));
		assertThat(plan.rows().get(0).reason()).isEqualTo("held seat, and held seats get support");
	}

	// SPEC §3 gotv and §2: the rulebook for polling day is the one in effect on that
	// week's Monday (1 July), even when the plan is drawn up earlier
	@Test
	void theRulebookInEffectOnPollingWeeksMondayGoverns() {
		Rulebooks rulebooks = new Rulebooks(List.of(hqRulebook(), gotvRulebook(2, "2024-07-01", false)));
		GotvPlan.Plan plan = GotvPlan.of(rulebooks, SEATS, day("2024-06-20"));
		assertThat(plan.rulebookVersion()).isEqualTo(2);
		assertThat(plan.rows().get(0))
			.isEqualTo(new GotvPlan.Row("H01", true, "safe", true, "held seat, and held seats get support"));
	}

	// SPEC §2: a rulebook taking effect on the Wednesday of polling week does not
	// govern polling day
	@Test
	void aRulebookTakingEffectMidPollingWeekDoesNotGovernPollingDay() {
		Rulebooks rulebooks = new Rulebooks(List.of(hqRulebook(), gotvRulebook(2, "2024-07-03", false)));
		GotvPlan.Plan plan = GotvPlan.of(rulebooks, SEATS, day("2024-06-20"));
		assertThat(plan.rulebookVersion()).isEqualTo(1);
		assertThat(plan.rows().get(0))
			.isEqualTo(new GotvPlan.Row("H01", true, "safe", false, "held seat: no support for held seats"));
	}

	// SPEC §2: no rulebook with a gotv section, no plan
	@Test
	void noGotvSectionMeansNoPlan() {
		Rulebook withoutGotv = rulebook("""
				rulebook: hq-field-rules
				version: 1
				effective_from: 2024-06-03
				""", "sha-v1");
		assertThat(GotvPlan.of(new Rulebooks(List.of(withoutGotv)), SEATS, day("2024-06-20"))).isNull();
	}

	private static Rulebook gotvRulebook(int version, String effectiveFrom, boolean noSupportForHeld) {
		return rulebook("""
				rulebook: hq-field-rules
				version: %d
				effective_from: %s
				gotv:
				  polling_day: 2024-07-04
				  no_support_for_held_seats: %s
				""".formatted(version, effectiveFrom, noSupportForHeld), "sha-v" + version);
	}

}
