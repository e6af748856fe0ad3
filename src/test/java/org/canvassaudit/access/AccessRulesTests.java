package org.canvassaudit.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Rulebooks;
import org.canvassaudit.rules.SeatRow;
import org.canvassaudit.rules.Seats;
import org.canvassaudit.rules.Status;
import org.canvassaudit.rules.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.canvassaudit.rules.RulesFixtures.ANN;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.hqRulebook;
import static org.canvassaudit.rules.Tool.CONTACT_CREATOR;
import static org.canvassaudit.rules.Tool.LEAFLET_PRINTING;
import static org.canvassaudit.rules.Tool.ORGANISE;

/**
 * SPEC §3 "Access": every tool starts GRANTED; finished weeks are taken in order; a
 * BREACH revokes from W+1's Monday, a week meeting the requirement restores from W+1's
 * Monday; late evidence changes access from the as-of date; {@code classification_access}
 * denies outright over the history underneath. Each "night" below is one call with the
 * access the previous night recorded. 2024-W24 is 10-16 June, so W+1's Monday is 17 June.
 */
class AccessRulesTests {

	private static final String C001 = "C001";

	private static final List<Tool> ALL_TOOLS = List.of(ORGANISE, CONTACT_CREATOR, LEAFLET_PRINTING);

	private static final AccessRules.Denial NO_DENIAL = AccessRules.Denial.none(day("2024-05-01"),
			"classification safe");

	// SPEC §3: every tool starts GRANTED; with no finished week nothing changes
	@Test
	void everyToolStartsGranted() {
		AccessRules.Outcome outcome = night("2024-06-12", Map.of());
		assertThat(outcome.changes()).isEqualTo(List.of());
		assertThat(outcome.access()).containsExactly(ToolAccess.initial(C001, ORGANISE),
				ToolAccess.initial(C001, CONTACT_CREATOR), ToolAccess.initial(C001, LEAFLET_PRINTING));
	}

	// SPEC §3: a BREACH in W revokes each revoke_on_breach tool from W+1's Monday,
	// reason "breach <week>"
	@Test
	void revokesAccessFromTheMondayAfterABreach() {
		AccessRules.Outcome outcome = night("2024-06-17", Map.of(), breach("2024-W24", null));
		assertThat(outcome.changes()).containsExactly(
				change(ORGANISE, AccessState.GRANTED, AccessState.REVOKED, "2024-06-17", "breach 2024-W24",
						"d-2024-W24-breach"),
				change(CONTACT_CREATOR, AccessState.GRANTED, AccessState.REVOKED, "2024-06-17", "breach 2024-W24",
						"d-2024-W24-breach"),
				change(LEAFLET_PRINTING, AccessState.GRANTED, AccessState.REVOKED, "2024-06-17", "breach 2024-W24",
						"d-2024-W24-breach"));
		ToolState revoked = new ToolState(AccessState.REVOKED, day("2024-06-17"), "breach 2024-W24",
				"d-2024-W24-breach");
		assertThat(outcome.access()).containsExactly(new ToolAccess(C001, ORGANISE, revoked, revoked),
				new ToolAccess(C001, CONTACT_CREATOR, revoked, revoked),
				new ToolAccess(C001, LEAFLET_PRINTING, revoked, revoked));
	}

	// SPEC §3: a breach revokes only the tools of the week's revoke_on_breach
	@Test
	void aBreachRevokesOnlyTheToolsTheRulebookNames() {
		FinishedWeek organiseOnly = new FinishedWeek(IsoWeek.parse("2024-W24"), Status.BREACH, null, false,
				List.of(ORGANISE), "d-2024-W24-breach");
		AccessRules.Outcome outcome = night("2024-06-17", Map.of(), organiseOnly);
		assertThat(outcome.changes()).containsExactly(change(ORGANISE, AccessState.GRANTED, AccessState.REVOKED,
				"2024-06-17", "breach 2024-W24", "d-2024-W24-breach"));
		assertThat(visible(outcome, ORGANISE).state()).isEqualTo(AccessState.REVOKED);
		assertThat(visible(outcome, CONTACT_CREATOR)).isEqualTo(ToolState.INITIAL);
		assertThat(visible(outcome, LEAFLET_PRINTING)).isEqualTo(ToolState.INITIAL);
	}

	// SPEC §3: after a finished week that met the requirement, REVOKED tools come back
	// from W+1's Monday with the reason "compliant <week>"
	@Test
	void restoresAccessFromTheMondayAfterACompliantWeek() {
		AccessRules.Outcome first = night("2024-06-17", Map.of(), breach("2024-W24", null));
		AccessRules.Outcome second = night("2024-06-24", recorded(first), breach("2024-W24", Status.BREACH),
				compliant("2024-W25", null));
		assertThat(second.changes()).containsExactly(
				change(ORGANISE, AccessState.REVOKED, AccessState.GRANTED, "2024-06-24", "compliant 2024-W25",
						"d-2024-W25-compliant"),
				change(CONTACT_CREATOR, AccessState.REVOKED, AccessState.GRANTED, "2024-06-24", "compliant 2024-W25",
						"d-2024-W25-compliant"),
				change(LEAFLET_PRINTING, AccessState.REVOKED, AccessState.GRANTED, "2024-06-24", "compliant 2024-W25",
						"d-2024-W25-compliant"));
		ToolState restored = new ToolState(AccessState.GRANTED, day("2024-06-24"), "compliant 2024-W25",
				"d-2024-W25-compliant");
		ALL_TOOLS.forEach((tool) -> assertThat(visible(second, tool)).isEqualTo(restored));
	}

	// SPEC §3: "if twinned sessions ≥ required (whatever the status)" restores,
	// NOT_APPLICABLE included; a week short of the requirement restores nothing
	@ParameterizedTest(name = "W25 {0}, requirement met {1} -> {2}")
	@CsvSource(textBlock = """
			COMPLIANT,      true,  GRANTED, 2024-06-24, compliant 2024-W25
			NOT_APPLICABLE, true,  GRANTED, 2024-06-24, compliant 2024-W25
			NOT_APPLICABLE, false, REVOKED, 2024-06-17, breach 2024-W24
			""")
	void aFinishedWeekThatMetTheRequirementRestoresWhateverItsStatus(Status status, boolean met, AccessState expected,
			String since, String reason) {
		FinishedWeek w25 = new FinishedWeek(IsoWeek.parse("2024-W25"), status, null, met, ALL_TOOLS,
				"d-2024-W25-" + status.name().toLowerCase(Locale.ROOT));
		AccessRules.Outcome outcome = night("2024-06-24", Map.of(), breach("2024-W24", null), w25);
		ALL_TOOLS.forEach((tool) -> {
			assertThat(visible(outcome, tool).state()).isEqualTo(expected);
			assertThat(visible(outcome, tool).since()).isEqualTo(day(since));
			assertThat(visible(outcome, tool).reason()).isEqualTo(reason);
		});
		assertThat(outcome.changes()).hasSize(met ? 6 : 3);
	}

	// SPEC §3: a second breach while already revoked keeps the original since and
	// records no transition
	@Test
	void aSecondBreachWhileRevokedKeepsTheOriginalSince() {
		AccessRules.Outcome first = night("2024-06-17", Map.of(), breach("2024-W24", null));
		AccessRules.Outcome second = night("2024-06-24", recorded(first), breach("2024-W24", Status.BREACH),
				breach("2024-W25", null));
		assertThat(second.changes()).isEqualTo(List.of());
		ToolState original = new ToolState(AccessState.REVOKED, day("2024-06-17"), "breach 2024-W24",
				"d-2024-W24-breach");
		ALL_TOOLS.forEach((tool) -> {
			assertThat(visible(second, tool)).isEqualTo(original);
			assertThat(underlying(second, tool)).isEqualTo(original);
		});
	}

	// SPEC §3: consecutive breaches decided the same night revoke once, from the first
	// breach
	@Test
	void consecutiveBreachesRevokeOnceFromTheFirst() {
		AccessRules.Outcome outcome = night("2024-06-24", Map.of(), breach("2024-W24", null), breach("2024-W25", null));
		assertThat(outcome.changes()).extracting(AccessChange::effective, AccessChange::reason)
			.containsOnly(tuple(day("2024-06-17"), "breach 2024-W24"));
		assertThat(outcome.changes()).hasSize(3);
	}

	// SPEC §3: transitions take their natural dates even when the weeks are decided for
	// the first time long after they ended (a first run on 10 July)
	@Test
	void weeksDecidedLongAfterTheyEndedTakeTheirNaturalDates() {
		AccessRules.Outcome outcome = night("2024-07-10", Map.of(), breach("2024-W24", null), breach("2024-W25", null),
				compliant("2024-W26", null), new FinishedWeek(IsoWeek.parse("2024-W27"), Status.NOT_APPLICABLE, null,
						false, ALL_TOOLS, "d-2024-W27-not_applicable"));
		assertThat(outcome.changes()).filteredOn((change) -> change.tool() == ORGANISE)
			.containsExactly(
					change(ORGANISE, AccessState.GRANTED, AccessState.REVOKED, "2024-06-17", "breach 2024-W24",
							"d-2024-W24-breach"),
					change(ORGANISE, AccessState.REVOKED, AccessState.GRANTED, "2024-07-01", "compliant 2024-W26",
							"d-2024-W26-compliant"));
		assertThat(outcome.changes()).hasSize(6);
		ALL_TOOLS.forEach((tool) -> assertThat(visible(outcome, tool)).isEqualTo(
				new ToolState(AccessState.GRANTED, day("2024-07-01"), "compliant 2024-W26", "d-2024-W26-compliant")));
	}

	// SPEC §3 Late evidence: a week recorded finished as BREACH that is now COMPLIANT
	// brings the revoked tools back from the as-of date, reason "late evidence"
	@Test
	void lateEvidenceTurningARecordedBreachCompliantRestoresFromTheAsOfDate() {
		AccessRules.Outcome first = night("2024-06-17", Map.of(), breach("2024-W24", null));
		AccessRules.Outcome second = night("2024-06-20", recorded(first), compliant("2024-W24", Status.BREACH));
		assertThat(second.changes()).containsExactly(
				change(ORGANISE, AccessState.REVOKED, AccessState.GRANTED, "2024-06-20", "late evidence",
						"d-2024-W24-compliant"),
				change(CONTACT_CREATOR, AccessState.REVOKED, AccessState.GRANTED, "2024-06-20", "late evidence",
						"d-2024-W24-compliant"),
				change(LEAFLET_PRINTING, AccessState.REVOKED, AccessState.GRANTED, "2024-06-20", "late evidence",
						"d-2024-W24-compliant"));
		ToolState restored = new ToolState(AccessState.GRANTED, day("2024-06-20"), "late evidence",
				"d-2024-W24-compliant");
		ALL_TOOLS.forEach((tool) -> assertThat(visible(second, tool)).isEqualTo(restored));
	}

	// SPEC §3 Late evidence: a week recorded finished as COMPLIANT that is now a BREACH
	// revokes from the as-of date, not from W+1's Monday
	@Test
	void lateEvidenceTurningARecordedComplianceIntoABreachRevokesFromTheAsOfDate() {
		AccessRules.Outcome first = night("2024-06-17", Map.of(), compliant("2024-W24", null));
		assertThat(first.changes()).isEqualTo(List.of());
		AccessRules.Outcome second = night("2024-06-21", recorded(first), breach("2024-W24", Status.COMPLIANT));
		assertThat(second.changes())
			.extracting(AccessChange::tool, AccessChange::from, AccessChange::to, AccessChange::effective,
					AccessChange::reason, AccessChange::decisionId)
			.containsExactly(
					tuple(ORGANISE, AccessState.GRANTED, AccessState.REVOKED, day("2024-06-21"), "late evidence",
							"d-2024-W24-breach"),
					tuple(CONTACT_CREATOR, AccessState.GRANTED, AccessState.REVOKED, day("2024-06-21"), "late evidence",
							"d-2024-W24-breach"),
					tuple(LEAFLET_PRINTING, AccessState.GRANTED, AccessState.REVOKED, day("2024-06-21"),
							"late evidence", "d-2024-W24-breach"));
	}

	// SPEC §3 Late evidence: the night that revokes from the as-of date for a recorded
	// week now in breach also finishes a compliant week. Its restoration, due on 17 June,
	// cannot take effect before the correction of 19 June, so it falls on that day and
	// the two make no change for IT; the tools are granted because of the compliant week.
	@Test
	void aWeekFinishingTheNightOfALateCorrectionTakesEffectNoEarlierThanTheCorrection() {
		AccessRules.Outcome first = night("2024-06-12", Map.of(), compliant("2024-W23", null));
		AccessRules.Outcome second = night("2024-06-19", recorded(first), breach("2024-W23", Status.COMPLIANT),
				compliant("2024-W24", null));
		assertThat(second.changes()).isEqualTo(List.of());
		ALL_TOOLS.forEach((tool) -> assertThat(visible(second, tool)).isEqualTo(
				new ToolState(AccessState.GRANTED, day("2024-06-19"), "compliant 2024-W24", "d-2024-W24-compliant")));
	}

	// The other way round: a late restoration and a new breach on the same night leave
	// the tools revoked, and send IT nothing.
	@Test
	void aLateRestorationAndANewBreachTheSameNightLeaveTheToolsRevoked() {
		AccessRules.Outcome first = night("2024-06-12", Map.of(), breach("2024-W23", null));
		AccessRules.Outcome second = night("2024-06-19", recorded(first), compliant("2024-W23", Status.BREACH),
				breach("2024-W24", null));
		assertThat(second.changes()).isEqualTo(List.of());
		ALL_TOOLS.forEach((tool) -> assertThat(visible(second, tool))
			.isEqualTo(new ToolState(AccessState.REVOKED, day("2024-06-19"), "breach 2024-W24", "d-2024-W24-breach")));
	}

	// A late restoration and a new breach on the same date make no change together, so
	// the transition IT last had is the recorded revocation again: the next compliant
	// week
	// restores from its own date, not from the day after the pair, which would fall after
	// the as-of date.
	@Test
	void aPairThatMakesNoChangeLeavesTheNextWeekItsNaturalDate() {
		AccessRules.Outcome first = night("2024-06-10", Map.of(), breach("2024-W23", null));
		AccessRules.Outcome second = night("2024-06-25", recorded(first), compliant("2024-W23", Status.BREACH),
				breach("2024-W24", null), compliant("2024-W25", null));
		assertThat(second.changes()).containsExactlyElementsOf(ALL_TOOLS.stream()
			.map((tool) -> change(tool, AccessState.REVOKED, AccessState.GRANTED, "2024-06-24", "compliant 2024-W25",
					"d-2024-W25-compliant"))
			.toList());
		ALL_TOOLS.forEach((tool) -> assertThat(visible(second, tool)).isEqualTo(
				new ToolState(AccessState.GRANTED, day("2024-06-24"), "compliant 2024-W25", "d-2024-W25-compliant")));
	}

	// SPEC §3 Late evidence: a change of figures that leaves the status unchanged
	// changes no access
	@ParameterizedTest(name = "{0} stays {0}")
	@CsvSource(textBlock = """
			BREACH,         false
			COMPLIANT,      true
			NOT_APPLICABLE, false
			""")
	void aChangeOfFiguresThatLeavesTheStatusUnchangedChangesNoAccess(Status status, boolean met) {
		FinishedWeek before = new FinishedWeek(IsoWeek.parse("2024-W24"), status, null, met, ALL_TOOLS, "d-first");
		FinishedWeek refigured = new FinishedWeek(IsoWeek.parse("2024-W24"), status, status, met, ALL_TOOLS,
				"d-refigured");
		AccessRules.Outcome first = night("2024-06-17", Map.of(), before);
		AccessRules.Outcome second = night("2024-06-20", recorded(first), refigured);
		assertThat(second.changes()).isEqualTo(List.of());
		assertThat(second.access()).isEqualTo(first.access());
	}

	// SPEC §3 Late evidence: a status change whose weeks still end in the recorded
	// state (a later week had already restored access) changes no access
	@Test
	void lateEvidenceThatLeavesTheResultingStateAloneChangesNoAccess() {
		AccessRules.Outcome first = night("2024-06-24", Map.of(), breach("2024-W24", null),
				compliant("2024-W25", null));
		AccessRules.Outcome second = night("2024-06-26", recorded(first), compliant("2024-W24", Status.BREACH),
				compliant("2024-W25", Status.COMPLIANT));
		assertThat(second.changes()).isEqualTo(List.of());
		ALL_TOOLS.forEach((tool) -> assertThat(visible(second, tool)).isEqualTo(
				new ToolState(AccessState.GRANTED, day("2024-06-24"), "compliant 2024-W25", "d-2024-W25-compliant")));
	}

	// SPEC §3 Late evidence: the first of two recorded breaches turns compliant; the
	// second keeps the tools revoked, so nothing goes to IT, but they are now revoked by
	// the second breach, from its date, not by a breach that no longer stands.
	@Test
	void lateEvidenceOverturningTheFirstOfTwoBreachesLeavesTheSecondRevoking() {
		AccessRules.Outcome first = night("2024-06-17", Map.of(), breach("2024-W23", null), breach("2024-W24", null));
		AccessRules.Outcome second = night("2024-06-20", recorded(first), compliant("2024-W23", Status.BREACH),
				breach("2024-W24", Status.BREACH));
		assertThat(second.changes()).isEqualTo(List.of());
		ALL_TOOLS.forEach((tool) -> assertThat(visible(second, tool))
			.isEqualTo(new ToolState(AccessState.REVOKED, day("2024-06-17"), "breach 2024-W24", "d-2024-W24-breach")));
	}

	// SPEC §3 classification_access: a listed tool is DENIED whatever lies beneath,
	// since the later of the classification row's valid_from (unwinnable from
	// 2024-05-01) and the rulebook's effective_from (2024-06-03); the other tools are
	// untouched
	@Test
	void classificationDeniesAToolOutrightFromTheLaterOfRowAndRulebook() {
		Seats seats = seats(row("unwinnable", "2024-05-01"));
		AccessRules.Outcome outcome = night("2024-06-12", Map.of(), denial(seats, "2024-06-12"));
		assertThat(outcome.changes()).containsExactly(change(CONTACT_CREATOR, AccessState.GRANTED, AccessState.DENIED,
				"2024-06-03", "classification unwinnable", null));
		assertThat(visible(outcome, CONTACT_CREATOR))
			.isEqualTo(new ToolState(AccessState.DENIED, day("2024-06-03"), "classification unwinnable", null));
		assertThat(underlying(outcome, CONTACT_CREATOR)).isEqualTo(ToolState.INITIAL);
		assertThat(visible(outcome, ORGANISE)).isEqualTo(ToolState.INITIAL);
		AccessRules.Outcome again = night("2024-06-13", recorded(outcome), denial(seats, "2024-06-13"));
		assertThat(again.changes()).isEqualTo(List.of());
		assertThat(again.access()).isEqualTo(outcome.access());
	}

	// SPEC §3 classification_access: DENIED takes precedence over a revoked tool; the
	// revoke/restore history continues underneath, and shows again (REVOKED, with its
	// own since) when the denial lifts. S01 is safe, unwinnable from Thursday 20 June,
	// safe again from Wednesday 3 July.
	@Test
	void aDenialTakesPrecedenceAndTheHistoryUnderneathShowsAgainWhenItLifts() {
		Seats seats = seats(row("safe", "2024-05-01"), row("unwinnable", "2024-06-20"), row("safe", "2024-07-03"));
		AccessRules.Outcome monday = night("2024-06-17", Map.of(), denial(seats, "2024-06-17"),
				breach("2024-W24", null));
		assertThat(monday.changes()).hasSize(3);

		// the seat turns unwinnable: contact_creator goes REVOKED -> DENIED from 20
		// June
		AccessRules.Outcome reclassified = night("2024-06-21", recorded(monday), denial(seats, "2024-06-21"),
				breach("2024-W24", Status.BREACH));
		assertThat(reclassified.changes()).containsExactly(change(CONTACT_CREATOR, AccessState.REVOKED,
				AccessState.DENIED, "2024-06-20", "classification unwinnable", null));
		assertThat(visible(reclassified, CONTACT_CREATOR))
			.isEqualTo(new ToolState(AccessState.DENIED, day("2024-06-20"), "classification unwinnable", null));
		assertThat(underlying(reclassified, CONTACT_CREATOR))
			.isEqualTo(new ToolState(AccessState.REVOKED, day("2024-06-17"), "breach 2024-W24", "d-2024-W24-breach"));

		// a compliant week restores underneath; only the tools not denied change for IT
		AccessRules.Outcome restored = night("2024-06-24", recorded(reclassified), denial(seats, "2024-06-24"),
				breach("2024-W24", Status.BREACH), compliant("2024-W25", null));
		assertThat(restored.changes()).extracting(AccessChange::tool, AccessChange::to, AccessChange::effective)
			.containsExactly(tuple(ORGANISE, AccessState.GRANTED, day("2024-06-24")),
					tuple(LEAFLET_PRINTING, AccessState.GRANTED, day("2024-06-24")));
		assertThat(visible(restored, CONTACT_CREATOR).state()).isEqualTo(AccessState.DENIED);
		assertThat(underlying(restored, CONTACT_CREATOR)).isEqualTo(
				new ToolState(AccessState.GRANTED, day("2024-06-24"), "compliant 2024-W25", "d-2024-W25-compliant"));

		// a breach in W26 revokes underneath from 1 July; the denial lifts on 3 July
		// and shows it
		AccessRules.Outcome lifted = night("2024-07-03", recorded(restored), denial(seats, "2024-07-03"),
				breach("2024-W24", Status.BREACH), compliant("2024-W25", Status.COMPLIANT), breach("2024-W26", null));
		assertThat(lifted.changes()).containsExactly(
				change(ORGANISE, AccessState.GRANTED, AccessState.REVOKED, "2024-07-01", "breach 2024-W26",
						"d-2024-W26-breach"),
				change(CONTACT_CREATOR, AccessState.DENIED, AccessState.REVOKED, "2024-07-03", "classification safe",
						null),
				change(LEAFLET_PRINTING, AccessState.GRANTED, AccessState.REVOKED, "2024-07-01", "breach 2024-W26",
						"d-2024-W26-breach"));
		ToolState revoked = new ToolState(AccessState.REVOKED, day("2024-07-01"), "breach 2024-W26",
				"d-2024-W26-breach");
		assertThat(visible(lifted, CONTACT_CREATOR)).isEqualTo(revoked);
		assertThat(underlying(lifted, CONTACT_CREATOR)).isEqualTo(revoked);
	}

	// A denial that lifts on the day a breach revokes underneath (1 July) sends IT one
	// transition for the tool, DENIED to REVOKED, not two on one day.
	@Test
	void aDenialLiftingOnTheDayOfATransitionUnderneathSendsOne() {
		Seats seats = seats(row("safe", "2024-05-01"), row("unwinnable", "2024-06-20"), row("safe", "2024-07-01"));
		AccessRules.Outcome denied = night("2024-06-24", Map.of(), denial(seats, "2024-06-24"),
				compliant("2024-W25", null));
		assertThat(visible(denied, CONTACT_CREATOR).state()).isEqualTo(AccessState.DENIED);
		AccessRules.Outcome lifted = night("2024-07-01", recorded(denied), denial(seats, "2024-07-01"),
				compliant("2024-W25", Status.COMPLIANT), breach("2024-W26", null));
		assertThat(lifted.changes()).filteredOn((change) -> change.tool() == CONTACT_CREATOR)
			.containsExactly(change(CONTACT_CREATOR, AccessState.DENIED, AccessState.REVOKED, "2024-07-01",
					"classification safe", null));
		assertThat(visible(lifted, CONTACT_CREATOR))
			.isEqualTo(new ToolState(AccessState.REVOKED, day("2024-07-01"), "breach 2024-W26", "d-2024-W26-breach"));
	}

	// A denial lifted between nights (an upheld appeal, 18 June) sends IT a transition
	// dated after the revocation underneath (10 June), which the tool's state does not
	// show: the next week's restoration, due 17 June, follows the lift, on the day after
	// it, not before it.
	@Test
	void aTransitionFollowsADenialLiftedBetweenNights() {
		AccessRules.Outcome first = night("2024-06-10", Map.of(), breach("2024-W23", null));
		Map<Tool, ToolAccess> afterLift = recorded(first);
		Map<Tool, LocalDate> lastSent = Map.of(CONTACT_CREATOR, day("2024-06-18"));
		AccessRules.Outcome next = AccessRules.evaluate(C001,
				List.of(breach("2024-W23", Status.BREACH), compliant("2024-W24", null)), afterLift, lastSent, NO_DENIAL,
				day("2024-06-19"));
		assertThat(next.changes()).filteredOn((change) -> change.tool() == CONTACT_CREATOR)
			.containsExactly(change(CONTACT_CREATOR, AccessState.REVOKED, AccessState.GRANTED, "2024-06-19",
					"compliant 2024-W24", "d-2024-W24-compliant"));
		assertThat(next.changes()).filteredOn((change) -> change.tool() == ORGANISE)
			.containsExactly(change(ORGANISE, AccessState.REVOKED, AccessState.GRANTED, "2024-06-17",
					"compliant 2024-W24", "d-2024-W24-compliant"));
	}

	// SPEC §3 classification_access: a second breach while denied keeps the underlying
	// since, and the original revocation shows when the denial lifts
	@Test
	void aBreachWhileDeniedKeepsTheOriginalRevocationUnderneath() {
		Seats seats = seats(row("safe", "2024-05-01"), row("unwinnable", "2024-06-20"), row("safe", "2024-06-26"));
		AccessRules.Outcome monday = night("2024-06-17", Map.of(), denial(seats, "2024-06-17"),
				breach("2024-W24", null));
		AccessRules.Outcome denied = night("2024-06-21", recorded(monday), denial(seats, "2024-06-21"),
				breach("2024-W24", Status.BREACH));
		AccessRules.Outcome lifted = night("2024-06-26", recorded(denied), denial(seats, "2024-06-26"),
				breach("2024-W24", Status.BREACH), breach("2024-W25", null));
		assertThat(lifted.changes()).containsExactly(change(CONTACT_CREATOR, AccessState.DENIED, AccessState.REVOKED,
				"2024-06-26", "classification safe", null));
		ToolState original = new ToolState(AccessState.REVOKED, day("2024-06-17"), "breach 2024-W24",
				"d-2024-W24-breach");
		assertThat(visible(lifted, CONTACT_CREATOR)).isEqualTo(original);
		assertThat(visible(lifted, ORGANISE)).isEqualTo(original);
	}

	// SPEC §3: transitions "take their natural dates, even when a week is decided for the
	// first time long after it ended". W25 was recorded on 24 June with nothing to
	// change;
	// W24's contacts arrive late and it is decided for the first time on 26 June: its
	// breach revokes from 17 June, and W25, taken again on top, restores from 24 June
	// (it met the requirement).
	@Test
	void aWeekDecidedForTheFirstTimeBeforeOneAlreadyRecordedTakesItsNaturalDates() {
		AccessRules.Outcome first = night("2024-06-24", Map.of(), compliant("2024-W25", null));
		assertThat(first.changes()).isEqualTo(List.of());
		AccessRules.Outcome second = night("2024-06-26", recorded(first), breach("2024-W24", null),
				compliant("2024-W25", Status.COMPLIANT));
		List<AccessChange> expected = new ArrayList<>();
		for (Tool tool : ALL_TOOLS) {
			expected.add(change(tool, AccessState.GRANTED, AccessState.REVOKED, "2024-06-17", "breach 2024-W24",
					"d-2024-W24-breach"));
			expected.add(change(tool, AccessState.REVOKED, AccessState.GRANTED, "2024-06-24", "compliant 2024-W25",
					"d-2024-W25-compliant"));
		}
		assertThat(second.changes()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(visible(second, ORGANISE)).isEqualTo(
				new ToolState(AccessState.GRANTED, day("2024-06-24"), "compliant 2024-W25", "d-2024-W25-compliant"));
		FinishedWeek w25 = new FinishedWeek(IsoWeek.parse("2024-W25"), Status.NOT_APPLICABLE, null, false, ALL_TOOLS,
				"d-2024-W25-not_applicable");
		FinishedWeek w25Again = new FinishedWeek(IsoWeek.parse("2024-W25"), Status.NOT_APPLICABLE,
				Status.NOT_APPLICABLE, false, ALL_TOOLS, "d-2024-W25-not_applicable");
		AccessRules.Outcome unmet = night("2024-06-26", recorded(night("2024-06-24", Map.of(), w25)),
				breach("2024-W24", null), w25Again);
		assertThat(unmet.changes()).extracting(AccessChange::effective, AccessChange::to)
			.containsOnly(tuple(day("2024-06-17"), AccessState.REVOKED))
			.hasSize(3);
	}

	// docs/rules.md: a week decided for the first time whose natural date is not after a
	// transition already recorded is late evidence: W25's breach revoked from 24 June;
	// W24, decided on 26 June, would revoke from 17 June, before it. Nothing already
	// applied is rewritten in the past: the revocation keeps its date and reason.
	@Test
	void aWeekDecidedForTheFirstTimeBeforeARecordedTransitionRewritesNothing() {
		AccessRules.Outcome first = night("2024-06-24", Map.of(), breach("2024-W25", null));
		assertThat(visible(first, ORGANISE).since()).isEqualTo(day("2024-06-24"));
		AccessRules.Outcome second = night("2024-06-26", recorded(first), breach("2024-W24", null),
				breach("2024-W25", Status.BREACH));
		assertThat(second.changes()).isEqualTo(List.of());
		assertThat(visible(second, ORGANISE)).isEqualTo(visible(first, ORGANISE));
	}

	// SPEC §5 access: "for a tool never changed, since, reason and decision_id are
	// empty"; a tool that was DENIED and came back when its seat turned safe (26 June)
	// has changed, so its row says when and why: GRANTED since 2024-06-26,
	// "classification safe".
	@Test
	void aLiftedDenialOverAnUntouchedToolSaysWhenAndWhyItCameBack() {
		Seats seats = seats(row("unwinnable", "2024-05-01"), row("safe", "2024-06-26"));
		AccessRules.Outcome denied = night("2024-06-12", Map.of(), denial(seats, "2024-06-12"));
		AccessRules.Outcome lifted = night("2024-06-26", recorded(denied), denial(seats, "2024-06-26"));
		assertThat(lifted.changes()).containsExactly(change(CONTACT_CREATOR, AccessState.DENIED, AccessState.GRANTED,
				"2024-06-26", "classification safe", null));
		assertThat(visible(lifted, CONTACT_CREATOR))
			.isEqualTo(new ToolState(AccessState.GRANTED, day("2024-06-26"), "classification safe", null));
	}

	private static AccessRules.Outcome night(String asOf, Map<Tool, ToolAccess> previous, FinishedWeek... weeks) {
		return night(asOf, previous, NO_DENIAL, weeks);
	}

	private static AccessRules.Outcome night(String asOf, Map<Tool, ToolAccess> previous, AccessRules.Denial denial,
			FinishedWeek... weeks) {
		return AccessRules.evaluate(C001, List.of(weeks), previous, denial, LocalDate.parse(asOf));
	}

	/**
	 * What a night recorded, as the next night reads it back.
	 * @param outcome the night
	 * @return its access by tool
	 */
	private static Map<Tool, ToolAccess> recorded(AccessRules.Outcome outcome) {
		Map<Tool, ToolAccess> recorded = new EnumMap<>(Tool.class);
		outcome.access().forEach((access) -> recorded.put(access.tool(), access));
		return recorded;
	}

	private static FinishedWeek breach(String week, Status previous) {
		return new FinishedWeek(IsoWeek.parse(week), Status.BREACH, previous, false, ALL_TOOLS,
				"d-" + week + "-breach");
	}

	private static FinishedWeek compliant(String week, Status previous) {
		return new FinishedWeek(IsoWeek.parse(week), Status.COMPLIANT, previous, true, ALL_TOOLS,
				"d-" + week + "-compliant");
	}

	private static ToolState visible(AccessRules.Outcome outcome, Tool tool) {
		return access(outcome, tool).visible();
	}

	private static ToolState underlying(AccessRules.Outcome outcome, Tool tool) {
		return access(outcome, tool).underlying();
	}

	private static ToolAccess access(AccessRules.Outcome outcome, Tool tool) {
		return outcome.access().stream().filter((access) -> access.tool() == tool).findFirst().orElseThrow();
	}

	private static AccessChange change(Tool tool, AccessState from, AccessState to, String effective, String reason,
			String decisionId) {
		return new AccessChange(C001, tool, from, to, day(effective), reason, decisionId);
	}

	private static SeatRow row(String classification, String validFrom) {
		return new SeatRow(ANN.seatCode(), "Northtown", "North", classification, false, day(validFrom));
	}

	private static Seats seats(SeatRow... rows) {
		return new Seats(new ArrayList<>(List.of(rows)));
	}

	private static AccessRules.Denial denial(Seats seats, String asOf) {
		return Denials.of(ANN, seats, new Rulebooks(List.of(hqRulebook())), day(asOf));
	}

}
