package org.canvassaudit.rules;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.rules.RulesFixtures.ANN;
import static org.canvassaudit.rules.RulesFixtures.OTHER_TARGET;
import static org.canvassaudit.rules.RulesFixtures.OWN_SEAT;
import static org.canvassaudit.rules.RulesFixtures.TARGET_SEAT;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.hqRulebook;

/**
 * SPEC §3 {@code twinned_sessions}, under the HQ rulebook of SPEC §2 (more than 500
 * own-seat contacts, 5 twinned sessions, safe and unwinnable seats). Ann's own seat S01
 * is safe, and she is twinned with the battleground seat T01. Week 2024-W24 is Monday 10
 * to Sunday 16 June 2024.
 */
class TwinnedSessionsRuleTests {

	private static final String[] W24_DAYS = { "2024-06-10", "2024-06-11", "2024-06-12", "2024-06-13", "2024-06-14",
			"2024-06-15", "2024-06-16" };

	// SPEC §3 step 2: 500 own-seat contacts is not "more than 500", so the rule does
	// not apply
	@Test
	void fiveHundredOwnSeatContactsIsNotApplicable() {
		Decision decision = decideW24(sessions(world("2024-06-17").contacts(OWN_SEAT, "2024-06-11", 500), 0));
		assertThat(decision.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(decision.ownSeatContacts()).isEqualTo(500);
		assertThat(decision.twinnedSessions()).isEqualTo(0);
		assertThat(decision.requiredSessions()).isEqualTo(5);
		assertThat(decision.basis().reasons()).containsExactly("500 own-seat contacts is not more than 500");
	}

	// SPEC §3 step 2: 501 own-seat contacts is more than 500, so the rule applies (no
	// sessions: BREACH)
	@Test
	void fiveHundredAndOneOwnSeatContactsBringsTheRuleIntoPlay() {
		Decision decision = decideW24(sessions(world("2024-06-17").contacts(OWN_SEAT, "2024-06-11", 501), 0));
		assertThat(decision.status()).isEqualTo(Status.BREACH);
		assertThat(decision.ownSeatContacts()).isEqualTo(501);
		assertThat(decision.twinnedSessions()).isEqualTo(0);
		assertThat(decision.basis().reasons()).containsExactly("501 own-seat contacts is more than 500",
				"0 of 5 twinned sessions");
	}

	// SPEC §3 step 4: 4 twinned sessions against 5 required is a BREACH
	@Test
	void fourOfFiveRequiredTwinnedSessionsIsABreach() {
		Decision decision = decideW24(sessions(world("2024-06-17").contacts(OWN_SEAT, "2024-06-11", 501), 4));
		assertThat(decision.status()).isEqualTo(Status.BREACH);
		assertThat(decision.ownSeatContacts()).isEqualTo(501);
		assertThat(decision.twinnedSessions()).isEqualTo(4);
		assertThat(decision.requiredSessions()).isEqualTo(5);
		assertThat(decision.basis().reasons()).containsExactly("501 own-seat contacts is more than 500",
				"4 of 5 twinned sessions");
	}

	// SPEC §3 step 3: 5 twinned sessions against 5 required is COMPLIANT
	@Test
	void fiveOfFiveRequiredTwinnedSessionsIsCompliant() {
		Decision decision = decideW24(sessions(world("2024-06-17").contacts(OWN_SEAT, "2024-06-11", 501), 5));
		assertThat(decision.status()).isEqualTo(Status.COMPLIANT);
		assertThat(decision.ownSeatContacts()).isEqualTo(501);
		assertThat(decision.twinnedSessions()).isEqualTo(5);
		assertThat(decision.requiredSessions()).isEqualTo(5);
	}

	// SPEC §3 steps 2-4: the threshold and the requirement together, figures always
	// written
	@ParameterizedTest(name = "{0} contacts, {1} sessions -> {2}")
	@CsvSource(textBlock = """
			   0, 0, NOT_APPLICABLE
			   0, 5, NOT_APPLICABLE
			 500, 0, NOT_APPLICABLE
			 500, 7, NOT_APPLICABLE
			 501, 0, BREACH
			 501, 4, BREACH
			 501, 5, COMPLIANT
			 501, 7, COMPLIANT
			2000, 6, COMPLIANT
			""")
	void statusFollowsTheContactThresholdAndTheSessionRequirement(int contacts, int sessions, Status expected) {
		EvidenceBuilder world = world("2024-06-17");
		if (contacts > 0) {
			world.contacts(OWN_SEAT, "2024-06-12", contacts);
		}
		Decision decision = decideW24(sessions(world, sessions));
		assertThat(decision.status()).isEqualTo(expected);
		assertThat(decision.ownSeatContacts()).isEqualTo(contacts);
		assertThat(decision.twinnedSessions()).isEqualTo(sessions);
	}

	// SPEC §3 own-seat contacts: contacts by anyone in the own seat, on the week's days
	// only
	@Test
	void ownSeatContactsAreEveryCountedContactInTheOwnSeatDuringTheWeek() {
		EvidenceBuilder world = world("2024-06-17").contacts(OWN_SEAT, "2024-06-09", 300)
			.contacts(OWN_SEAT, "2024-06-10", 200)
			.contacts(OWN_SEAT, "2024-06-13", 200)
			.contacts(OWN_SEAT, "2024-06-16", 101)
			.contacts(OWN_SEAT, "2024-06-17", 300)
			.contacts(TARGET_SEAT, "2024-06-12", 1000);
		Decision decision = decideW24(world);
		assertThat(decision.ownSeatContacts()).isEqualTo(501);
		assertThat(decision.status()).isEqualTo(Status.BREACH);
	}

	// SPEC §3 Sessions: the same session recorded in Organise and on a sheet (twice)
	// counts once
	@Test
	void aSessionRecordedInBothSourcesCountsOnce() {
		EvidenceBuilder world = sessions(world("2024-06-17").contacts(OWN_SEAT, "2024-06-11", 600), 4).session(ANN.id(),
				TARGET_SEAT, "2024-06-10", Slot.AM);
		Decision decision = decideW24(world);
		assertThat(decision.twinnedSessions()).isEqualTo(4);
		assertThat(decision.status()).isEqualTo(Status.BREACH);
		assertThat(decision.basis().countedSessions()).containsExactly(
				new Session(ANN.id(), TARGET_SEAT, day("2024-06-10"), Slot.AM),
				new Session(ANN.id(), TARGET_SEAT, day("2024-06-11"), Slot.AM),
				new Session(ANN.id(), TARGET_SEAT, day("2024-06-12"), Slot.AM),
				new Session(ANN.id(), TARGET_SEAT, day("2024-06-13"), Slot.AM));
	}

	// SPEC §3 Sessions: a session is (candidate, seat, date, slot), so three slots in
	// one day are three
	@Test
	void theThreeSlotsOfOneDayAreThreeSessions() {
		EvidenceBuilder world = world("2024-06-17").contacts(OWN_SEAT, "2024-06-11", 600)
			.session(ANN.id(), TARGET_SEAT, "2024-06-11", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-11", Slot.PM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-11", Slot.EVE)
			.session(ANN.id(), TARGET_SEAT, "2024-06-12", Slot.EVE)
			.session(ANN.id(), TARGET_SEAT, "2024-06-16", Slot.EVE);
		Decision decision = decideW24(world);
		assertThat(decision.twinnedSessions()).isEqualTo(5);
		assertThat(decision.status()).isEqualTo(Status.COMPLIANT);
	}

	// SPEC §3 twinned sessions: only seats the candidate is twinned with, only the
	// candidate's own sessions
	@Test
	void sessionsInSeatsNotTwinnedOrBySomeoneElseDoNotCount() {
		EvidenceBuilder world = world("2024-06-17").contacts(OWN_SEAT, "2024-06-11", 600)
			.session(ANN.id(), OTHER_TARGET, "2024-06-10", Slot.AM)
			.session(ANN.id(), OTHER_TARGET, "2024-06-11", Slot.AM)
			.session(ANN.id(), OWN_SEAT, "2024-06-12", Slot.AM)
			.session("C002", TARGET_SEAT, "2024-06-13", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-09", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-14", Slot.PM);
		Decision decision = decideW24(world);
		assertThat(decision.twinnedSessions()).isEqualTo(1);
		assertThat(decision.basis().countedSessions())
			.containsExactly(new Session(ANN.id(), TARGET_SEAT, day("2024-06-14"), Slot.PM));
	}

	// SPEC §3 twinned sessions: what counts is the twinning on the session's date, not
	// the target seat's classification: T01 turning safe mid-week does not take its
	// sessions away
	@Test
	void aTwinnedSeatCountsWhateverItsClassificationThatDay() {
		EvidenceBuilder world = world("2024-06-17").seat(TARGET_SEAT, "safe", false, "2024-06-12")
			.contacts(OWN_SEAT, "2024-06-11", 600);
		sessions(world, 5);
		Decision decision = decideW24(world);
		assertThat(decision.twinnedSessions()).isEqualTo(5);
		assertThat(decision.status()).isEqualTo(Status.COMPLIANT);
	}

	// SPEC §2 twinning.csv (valid_to inclusive) and §3: a twinning valid until
	// Wednesday counts Monday to Wednesday only, yet it is in force during the week, so
	// the rule still applies
	@Test
	void twinningValidUntilWednesdayCountsMondayToWednesdayAndStillApplies() {
		EvidenceBuilder world = untwinned("2024-06-17").twinned(ANN.id(), TARGET_SEAT, "2024-05-01", "2024-06-12")
			.contacts(OWN_SEAT, "2024-06-11", 600);
		everyDayOfW24(world);
		Decision decision = decideW24(world);
		assertThat(decision.twinnedSessions()).isEqualTo(3);
		assertThat(decision.status()).isEqualTo(Status.BREACH);
		assertThat(decision.basis().countedSessions()).extracting(Session::date)
			.containsExactly(day("2024-06-10"), day("2024-06-11"), day("2024-06-12"));
		assertThat(decision.basis().reasons()).containsExactly("600 own-seat contacts is more than 500",
				"3 of 5 twinned sessions");
	}

	// SPEC §3 twinned sessions: a session counts when the twinning is valid on that
	// session's date
	@ParameterizedTest(name = "twinned {0} to {1}: {2} of the 7 daily sessions count")
	@CsvSource(textBlock = """
			2024-05-01,           , 7, COMPLIANT
			2024-05-01, 2024-06-12, 3, BREACH
			2024-06-13,           , 4, BREACH
			2024-06-12, 2024-06-12, 1, BREACH
			2024-06-16, 2024-07-31, 1, BREACH
			2024-06-10, 2024-06-14, 5, COMPLIANT
			""")
	void sessionsCountOnlyOnDaysTheTwinningIsValid(String validFrom, String validTo, int counted, Status expected) {
		EvidenceBuilder world = untwinned("2024-06-17").twinned(ANN.id(), TARGET_SEAT, validFrom, validTo)
			.contacts(OWN_SEAT, "2024-06-11", 600);
		everyDayOfW24(world);
		Decision decision = decideW24(world);
		assertThat(decision.twinnedSessions()).isEqualTo(counted);
		assertThat(decision.status()).isEqualTo(expected);
	}

	// SPEC §3 step 2: no twinning in force during the week is NOT_APPLICABLE with a
	// data-quality warning, never a breach, and both figures are still written
	@ParameterizedTest(name = "twinning {0} to {1}")
	@CsvSource(textBlock = """
			          ,
			2024-05-01, 2024-06-09
			2024-06-17,
			""")
	void noTwinningInForceIsNotApplicableWithADataQualityWarning(String validFrom, String validTo) {
		EvidenceBuilder world = untwinned("2024-06-17").contacts(OWN_SEAT, "2024-06-11", 900);
		if (validFrom != null) {
			world.twinned(ANN.id(), TARGET_SEAT, validFrom, validTo);
		}
		everyDayOfW24(world);
		Decision decision = decideW24(world);
		assertThat(decision.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(decision.ownSeatContacts()).isEqualTo(900);
		assertThat(decision.twinnedSessions()).isEqualTo(0);
		assertThat(decision.basis().reasons())
			.containsExactly("data-quality warning: no twinning in force during the week");
	}

	// SPEC §3 step 2: a reclassification effective on the Monday decides that week
	@Test
	void aReclassificationTakingEffectOnTheMondayDecidesThatWeek() {
		EvidenceBuilder world = base("2024-06-17").seat(OWN_SEAT, "safe", false, "2024-05-01")
			.seat(OWN_SEAT, "battleground", false, "2024-06-10")
			.twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null)
			.contacts(OWN_SEAT, "2024-06-11", 600);
		Decision decision = decideW24(world);
		assertThat(decision.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(decision.basis().classification()).isEqualTo("battleground");
		assertThat(decision.basis().reasons())
			.containsExactly("the own seat is battleground on 2024-06-10; the rule applies to safe, unwinnable");
	}

	// SPEC §3 step 2: a reclassification effective on the Tuesday leaves the Monday's
	// classification in charge of that week; it decides the next week
	@Test
	void aReclassificationTakingEffectOnTheTuesdayLeavesTheMondaysClassificationInCharge() {
		EvidenceBuilder world = base("2024-06-24").seat(OWN_SEAT, "safe", false, "2024-05-01")
			.seat(OWN_SEAT, "battleground", false, "2024-06-11")
			.twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null)
			.contacts(OWN_SEAT, "2024-06-11", 600)
			.contacts(OWN_SEAT, "2024-06-18", 600);
		Decision w24 = decideW24(world);
		assertThat(w24.status()).isEqualTo(Status.BREACH);
		assertThat(w24.basis().classification()).isEqualTo("safe");
		Decision w25 = decide(world, "2024-W25");
		assertThat(w25.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(w25.basis().classification()).isEqualTo("battleground");
	}

	// SPEC §3 step 2: the classification on the week's Monday decides, whichever way it
	// changes
	@ParameterizedTest(name = "{0} then {1} from {2} -> {3}")
	@CsvSource(textBlock = """
			safe,         battleground, 2024-06-10, NOT_APPLICABLE, battleground
			safe,         battleground, 2024-06-11, BREACH,         safe
			safe,         battleground, 2024-06-16, BREACH,         safe
			battleground, safe,         2024-06-10, BREACH,         safe
			battleground, safe,         2024-06-11, NOT_APPLICABLE, battleground
			battleground, unwinnable,   2024-06-10, BREACH,         unwinnable
			safe,         unwinnable,   2024-06-03, BREACH,         unwinnable
			""")
	void theClassificationOnTheWeeksMondayDecides(String before, String after, String from, Status expected,
			String classification) {
		EvidenceBuilder world = base("2024-06-17").seat(OWN_SEAT, before, false, "2024-05-01")
			.seat(OWN_SEAT, after, false, from)
			.twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null)
			.contacts(OWN_SEAT, "2024-06-11", 600);
		sessions(world, 2);
		Decision decision = decideW24(world);
		assertThat(decision.status()).isEqualTo(expected);
		assertThat(decision.basis().classification()).isEqualTo(classification);
		assertThat(decision.ownSeatContacts()).isEqualTo(600);
		assertThat(decision.twinnedSessions()).isEqualTo(2);
	}

	// SPEC §3 step 2: an own seat with no row in force on the Monday is NOT_APPLICABLE
	@Test
	void anOwnSeatWithNoClassificationInForceIsNotApplicable() {
		EvidenceBuilder world = base("2024-06-17").seat(OWN_SEAT, "safe", false, "2024-06-11")
			.twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null)
			.contacts(OWN_SEAT, "2024-06-11", 600);
		Decision decision = decideW24(world);
		assertThat(decision.status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(decision.basis().classification()).isNull();
		assertThat(decision.ownSeatContacts()).isEqualTo(600);
		assertThat(decision.basis().reasons())
			.containsExactly("the own seat has no classification in force on 2024-06-10");
	}

	// SPEC §3 step 1: PENDING while the as-of date is on or before the week's Sunday;
	// decided from Monday
	@ParameterizedTest(name = "as of {0} -> {1}")
	@CsvSource(textBlock = """
			2024-06-10, PENDING, false
			2024-06-15, PENDING, false
			2024-06-16, PENDING, false
			2024-06-17, BREACH,  true
			2024-07-01, BREACH,  true
			""")
	void aWeekIsPendingUntilItsSundayHasPassed(String asOf, Status expected, boolean finished) {
		EvidenceBuilder world = world(asOf).contacts(OWN_SEAT, "2024-06-10", 600)
			.session(ANN.id(), TARGET_SEAT, "2024-06-10", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-10", Slot.PM);
		Decision decision = decideW24(world);
		assertThat(decision.status()).isEqualTo(expected);
		assertThat(decision.finished()).isEqualTo(finished);
		assertThat(decision.ownSeatContacts()).isEqualTo(600);
		assertThat(decision.twinnedSessions()).isEqualTo(2);
	}

	// SPEC §3 "Both figures are always computed and written, whatever the status":
	// PENDING included
	@Test
	void figuresAreComputedWhilePending() {
		EvidenceBuilder world = sessions(world("2024-06-16").contacts(OWN_SEAT, "2024-06-14", 750), 5);
		Decision decision = decideW24(world);
		assertThat(decision.status()).isEqualTo(Status.PENDING);
		assertThat(decision.finished()).isFalse();
		assertThat(decision.ownSeatContacts()).isEqualTo(750);
		assertThat(decision.twinnedSessions()).isEqualTo(5);
		assertThat(decision.requiredSessions()).isEqualTo(5);
		assertThat(decision.basis().from()).isEqualTo(day("2024-06-10"));
		assertThat(decision.basis().to()).isEqualTo(day("2024-06-16"));
	}

	// SPEC §3: evaluation uses evidence dated on or before the as-of date; later
	// contacts wait
	@Test
	void aPendingWeekCountsContactsOnlyUpToTheAsOfDate() {
		EvidenceBuilder world = world("2024-06-12").contacts(OWN_SEAT, "2024-06-10", 300)
			.contacts(OWN_SEAT, "2024-06-12", 50)
			.contacts(OWN_SEAT, "2024-06-13", 300);
		Decision decision = decideW24(world);
		assertThat(decision.status()).isEqualTo(Status.PENDING);
		assertThat(decision.ownSeatContacts()).isEqualTo(350);
		assertThat(decision.basis().to()).isEqualTo(day("2024-06-12"));
	}

	// SPEC §5 decisions columns: rule name, week, rulebook version and hash travel with
	// the decision
	@Test
	void aDecisionNamesItsWeekRuleAndRulebook() {
		Decision decision = decideW24(sessions(world("2024-06-20").contacts(OWN_SEAT, "2024-06-11", 501), 4));
		assertThat(decision.candidateId()).isEqualTo("C001");
		assertThat(decision.period()).isEqualTo("2024-W24");
		assertThat(decision.rule()).isEqualTo("twinned_sessions");
		assertThat(decision.rulebookVersion()).isEqualTo(1);
		assertThat(decision.rulebookSha256()).isEqualTo("sha-v1");
		assertThat(decision.finished()).isTrue();
		assertThat(decision.basis().ownSeat()).isEqualTo(OWN_SEAT);
		assertThat(decision.basis().classification()).isEqualTo("safe");
		assertThat(decision.basis().from()).isEqualTo(day("2024-06-10"));
		assertThat(decision.basis().to()).isEqualTo(day("2024-06-16"));
		assertThat(decision.basis().declaredNotAttended()).isEqualTo(List.of());
	}

	/** T01 and T02 battleground, the HQ rulebook; no own-seat row and no twinning yet. */
	private static EvidenceBuilder base(String asOf) {
		return EvidenceBuilder.asOf(asOf)
			.candidate(ANN)
			.rulebook(hqRulebook())
			.seat(TARGET_SEAT, "battleground", false, "2024-05-01")
			.seat(OTHER_TARGET, "battleground", false, "2024-05-01");
	}

	/** {@link #base} with S01 safe throughout. */
	private static EvidenceBuilder untwinned(String asOf) {
		return base(asOf).seat(OWN_SEAT, "safe", false, "2024-05-01");
	}

	/** {@link #untwinned} with Ann twinned with T01, open-ended. */
	private static EvidenceBuilder world(String asOf) {
		return untwinned(asOf).twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null);
	}

	/**
	 * Ann attends {@code count} morning sessions in T01, one a day from Monday 10 June.
	 */
	private static EvidenceBuilder sessions(EvidenceBuilder world, int count) {
		for (int i = 0; i < count; i++) {
			world.session(ANN.id(), TARGET_SEAT, W24_DAYS[i % 7], (i < 7) ? Slot.AM : Slot.PM);
		}
		return world;
	}

	/** Ann attends a morning session in T01 on each of the seven days of 2024-W24. */
	private static void everyDayOfW24(EvidenceBuilder world) {
		sessions(world, 7);
	}

	private static Decision decideW24(EvidenceBuilder world) {
		return decide(world, "2024-W24");
	}

	private static Decision decide(EvidenceBuilder world, String weekText) {
		Evidence evidence = world.build();
		IsoWeek week = IsoWeek.parse(weekText);
		return TwinnedSessionsRule.evaluate(ANN, week, evidence.rulebooks().forWeek(week), evidence);
	}

}
