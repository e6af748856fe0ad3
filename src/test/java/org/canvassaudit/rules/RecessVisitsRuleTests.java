package org.canvassaudit.rules;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.rules.RulesFixtures.FRANK;
import static org.canvassaudit.rules.RulesFixtures.OTHER_TARGET;
import static org.canvassaudit.rules.RulesFixtures.TARGET_SEAT;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.hqRulebook;
import static org.canvassaudit.rules.RulesFixtures.rulebook;

/**
 * SPEC §3 {@code recess_visits}: visit days are the distinct recess dates with a session
 * in a seat that was battleground that day; with {@code visits_must_be_declared} only
 * declared days count. Frank (frontbencher, own seat S02) and the Whitsun recess, Monday
 * 10 to Friday 21 June 2024; 3 visits required. T01 is battleground throughout; T02 is
 * battleground until it becomes safe on Thursday 13 June.
 */
class RecessVisitsRuleTests {

	private static final Recess WHITSUN = new Recess("Whitsun recess", day("2024-06-10"), day("2024-06-21"));

	// SPEC §3: with visits_must_be_declared only declared visit days count, and the
	// report lists declared-but-not-attended and attended-but-not-declared dates
	@Test
	void onlyDeclaredVisitDaysCountAndBothDiscrepanciesAreListed() {
		EvidenceBuilder world = world().session(FRANK.id(), TARGET_SEAT, "2024-06-11", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-12", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-17", Slot.PM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-18", Slot.EVE)
			.declared(FRANK.id(), "2024-06-11", TARGET_SEAT)
			.declared(FRANK.id(), "2024-06-12", TARGET_SEAT)
			.declared(FRANK.id(), "2024-06-20", TARGET_SEAT);
		Decision decision = decide(world, hqRulebook());
		assertThat(decision.status()).isEqualTo(Status.BREACH);
		assertThat(decision.twinnedSessions()).isEqualTo(2);
		assertThat(decision.requiredSessions()).isEqualTo(3);
		assertThat(decision.basis().declaredNotAttended()).containsExactly(day("2024-06-20"));
		assertThat(decision.basis().attendedNotDeclared()).containsExactly(day("2024-06-17"), day("2024-06-18"));
		assertThat(decision.basis().countedSessions()).extracting(Session::date)
			.containsExactly(day("2024-06-11"), day("2024-06-12"));
		assertThat(decision.basis().reasons()).containsExactly("2 of 3 visit days counted (only declared days count)");
	}

	// SPEC §3: without visits_must_be_declared every visit day counts; the lists are
	// still reported
	@Test
	void withoutTheDeclarationRequirementEveryVisitDayCounts() {
		EvidenceBuilder world = world().session(FRANK.id(), TARGET_SEAT, "2024-06-11", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-12", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-17", Slot.PM)
			.declared(FRANK.id(), "2024-06-11", TARGET_SEAT)
			.declared(FRANK.id(), "2024-06-20", TARGET_SEAT);
		Decision decision = decide(world, undeclaredRulebook());
		assertThat(decision.status()).isEqualTo(Status.COMPLIANT);
		assertThat(decision.twinnedSessions()).isEqualTo(3);
		assertThat(decision.basis().declaredNotAttended()).containsExactly(day("2024-06-20"));
		assertThat(decision.basis().attendedNotDeclared()).containsExactly(day("2024-06-12"), day("2024-06-17"));
	}

	// SPEC §3: visit days are distinct dates: three sessions on one declared day are
	// one visit day
	@Test
	void severalSessionsOnOneDayAreOneVisitDay() {
		EvidenceBuilder world = world().session(FRANK.id(), TARGET_SEAT, "2024-06-11", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-11", Slot.PM)
			.session(FRANK.id(), OTHER_TARGET, "2024-06-11", Slot.EVE)
			.declared(FRANK.id(), "2024-06-11", TARGET_SEAT);
		Decision decision = decide(world, hqRulebook());
		assertThat(decision.twinnedSessions()).isEqualTo(1);
		assertThat(decision.status()).isEqualTo(Status.BREACH);
		assertThat(decision.basis().countedSessions()).hasSize(3);
	}

	// SPEC §3: a session in a seat that was not battleground that day (T02 after 13
	// June, the own seat) makes no visit day, and is no attended-but-not-declared date
	// either
	@Test
	void aSessionInASeatThatWasNotBattlegroundThatDayMakesNoVisitDay() {
		EvidenceBuilder world = world().session(FRANK.id(), OTHER_TARGET, "2024-06-12", Slot.AM)
			.session(FRANK.id(), OTHER_TARGET, "2024-06-13", Slot.AM)
			.session(FRANK.id(), "S02", "2024-06-14", Slot.AM)
			.session(FRANK.id(), OTHER_TARGET, "2024-06-17", Slot.AM)
			.declared(FRANK.id(), "2024-06-12", null)
			.declared(FRANK.id(), "2024-06-13", null)
			.declared(FRANK.id(), "2024-06-14", null);
		Decision decision = decide(world, hqRulebook());
		assertThat(decision.twinnedSessions()).isEqualTo(1);
		assertThat(decision.status()).isEqualTo(Status.BREACH);
		assertThat(decision.basis().declaredNotAttended()).containsExactly(day("2024-06-13"), day("2024-06-14"));
		assertThat(decision.basis().attendedNotDeclared()).isEqualTo(List.of());
	}

	// SPEC §3: the declaration's seat is reported, not matched: a declared day counts
	// whichever battleground seat the session was in
	@Test
	void aDeclarationCountsWhicheverBattlegroundSeatTheVisitWasIn() {
		EvidenceBuilder world = world().session(FRANK.id(), TARGET_SEAT, "2024-06-11", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-17", Slot.AM)
			.session(FRANK.id(), OTHER_TARGET, "2024-06-12", Slot.AM)
			.declared(FRANK.id(), "2024-06-11", OTHER_TARGET)
			.declared(FRANK.id(), "2024-06-12", TARGET_SEAT)
			.declared(FRANK.id(), "2024-06-17", "S99");
		Decision decision = decide(world, hqRulebook());
		assertThat(decision.twinnedSessions()).isEqualTo(3);
		assertThat(decision.status()).isEqualTo(Status.COMPLIANT);
		assertThat(decision.basis().declaredNotAttended()).isEqualTo(List.of());
		assertThat(decision.basis().attendedNotDeclared()).isEqualTo(List.of());
	}

	// SPEC §3: only dates in the recess (inclusive) are visit days or declarations of
	// one
	@Test
	void onlyDatesInsideTheRecessCount() {
		EvidenceBuilder world = world().session(FRANK.id(), TARGET_SEAT, "2024-06-09", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-10", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-21", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-22", Slot.AM)
			.declared(FRANK.id(), "2024-06-09", TARGET_SEAT)
			.declared(FRANK.id(), "2024-06-10", TARGET_SEAT)
			.declared(FRANK.id(), "2024-06-21", TARGET_SEAT)
			.declared(FRANK.id(), "2024-06-22", TARGET_SEAT);
		Decision decision = decide(world, hqRulebook());
		assertThat(decision.twinnedSessions()).isEqualTo(2);
		assertThat(decision.basis().countedSessions()).extracting(Session::date)
			.containsExactly(day("2024-06-10"), day("2024-06-21"));
		assertThat(decision.basis().declaredNotAttended()).isEqualTo(List.of());
		assertThat(decision.basis().attendedNotDeclared()).isEqualTo(List.of());
	}

	// SPEC §3: COMPLIANT when counted visit days reach the requirement, else BREACH
	@ParameterizedTest(name = "{0} declared visit days -> {1}")
	@CsvSource(textBlock = """
			0, BREACH
			2, BREACH
			3, COMPLIANT
			5, COMPLIANT
			""")
	void countedVisitDaysAgainstTheRequirement(int days, Status expected) {
		EvidenceBuilder world = world();
		for (int i = 0; i < days; i++) {
			String date = "2024-06-1" + (i + 1);
			world.session(FRANK.id(), TARGET_SEAT, date, Slot.AM).declared(FRANK.id(), date, TARGET_SEAT);
		}
		Decision decision = decide(world, hqRulebook());
		assertThat(decision.status()).isEqualTo(expected);
		assertThat(decision.twinnedSessions()).isEqualTo(days);
	}

	// SPEC §5 decisions: a recess row is named by the recess, has no own-seat figure,
	// and carries the rulebook's version and required visits
	@Test
	void aRecessDecisionIsNamedByTheRecess() {
		Decision decision = decide(world(), hqRulebook());
		assertThat(decision.candidateId()).isEqualTo("F001");
		assertThat(decision.period()).isEqualTo("Whitsun recess");
		assertThat(decision.rule()).isEqualTo("recess_visits");
		assertThat(decision.rulebookVersion()).isEqualTo(1);
		assertThat(decision.rulebookSha256()).isEqualTo("sha-v1");
		assertThat(decision.ownSeatContacts()).isNull();
		assertThat(decision.twinnedSessions()).isEqualTo(0);
		assertThat(decision.requiredSessions()).isEqualTo(3);
		assertThat(decision.status()).isEqualTo(Status.BREACH);
		assertThat(decision.finished()).isTrue();
		assertThat(decision.basis().from()).isEqualTo(day("2024-06-10"));
		assertThat(decision.basis().to()).isEqualTo(day("2024-06-21"));
	}

	private static EvidenceBuilder world() {
		return EvidenceBuilder.asOf("2024-06-24")
			.candidate(FRANK)
			.rulebook(hqRulebook())
			.seat("S02", "safe", true, "2024-05-01")
			.seat(TARGET_SEAT, "battleground", false, "2024-05-01")
			.seat(OTHER_TARGET, "battleground", false, "2024-05-01")
			.seat(OTHER_TARGET, "safe", false, "2024-06-13")
			.recess(WHITSUN.name(), "2024-06-10", "2024-06-21");
	}

	private static Decision decide(EvidenceBuilder world, Rulebook rulebook) {
		return RecessVisitsRule.evaluate(FRANK, WHITSUN, rulebook, world.build());
	}

	private static Rulebook undeclaredRulebook() {
		return rulebook("""
				rulebook: hq-field-rules
				version: 1
				effective_from: 2024-06-03
				recess_visits:
				  role: frontbencher
				  required_visits: 3
				  visits_must_be_declared: false
				""", "sha-v1");
	}

}
