package org.canvassaudit.rules;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.canvassaudit.rules.RulesFixtures.ANN;
import static org.canvassaudit.rules.RulesFixtures.FRANK;
import static org.canvassaudit.rules.RulesFixtures.OWN_SEAT;
import static org.canvassaudit.rules.RulesFixtures.TARGET_SEAT;
import static org.canvassaudit.rules.RulesFixtures.hqRulebook;
import static org.canvassaudit.rules.RulesFixtures.rulebook;

/**
 * SPEC §3 "Weeks evaluated" and the choice of rulebook: every roster candidate, every
 * week from the ISO week of the earliest evidence to the as-of week, wherever the
 * rulebook for that week has the rule; recesses that ended before the as-of date, under
 * the rulebook for their end date.
 */
class ComplianceRulesTests {

	// SPEC §3 Weeks evaluated: from the ISO week of the earliest evidence to the week
	// of the as-of date
	@ParameterizedTest(name = "earliest {0}, as of {1}: {2}")
	@CsvSource(textBlock = """
			2024-06-05, 2024-06-26, 2024-W23 2024-W24 2024-W25 2024-W26
			2024-06-09, 2024-06-10, 2024-W23 2024-W24
			2024-06-10, 2024-06-16, 2024-W24
			2024-06-16, 2024-06-16, 2024-W24
			2024-12-29, 2025-01-06, 2024-W52 2025-W01 2025-W02
			""")
	void weeksRunFromTheWeekOfTheEarliestEvidenceToTheAsOfWeek(String earliest, String asOf, String weeks) {
		Evidence evidence = world(asOf).earliestEvidence(earliest).build();
		assertThat(ComplianceRules.weeks(evidence)).extracting(IsoWeek::toString)
			.containsExactlyElementsOf(Arrays.asList(weeks.split(" ")));
	}

	// SPEC §3 Weeks evaluated: with no contacts and no sessions there is no week to
	// evaluate
	@Test
	void noEvidenceMeansNoWeeksAndNoDecisions() {
		Evidence evidence = world("2024-06-26").build();
		assertThat(ComplianceRules.weeks(evidence)).isEqualTo(List.of());
		assertThat(ComplianceRules.evaluate(evidence)).isEqualTo(List.of());
	}

	// SPEC §3 Weeks evaluated: the earliest date counts not-in contacts too, so a week
	// holding only a not-in contact is evaluated (0 counted contacts, NOT_APPLICABLE)
	@Test
	void aWeekWhoseOnlyEvidenceIsANotInContactIsStillEvaluated() {
		Evidence evidence = world("2024-06-17").earliestEvidence("2024-06-05")
			.contacts(OWN_SEAT, "2024-06-11", 600)
			.build();
		List<Decision> decisions = ComplianceRules.evaluate(evidence);
		assertThat(decisions).extracting(Decision::period, Decision::status, Decision::ownSeatContacts)
			.containsExactly(tuple("2024-W23", Status.NOT_APPLICABLE, 0), tuple("2024-W24", Status.BREACH, 600),
					tuple("2024-W25", Status.PENDING, 0));
	}

	// SPEC §3: every candidate in the roster, every week, sorted by candidate then week
	@Test
	void everyRosterCandidateGetsADecisionForEveryWeek() {
		Candidate bea = new Candidate("C002", "Bea Other", "S03", "candidate");
		Evidence evidence = world("2024-06-19").candidate(bea)
			.seat("S03", "unwinnable", false, "2024-05-01")
			.twinned("C002", TARGET_SEAT, "2024-05-01", null)
			.contacts(OWN_SEAT, "2024-06-11", 600)
			.contacts("S03", "2024-06-12", 700)
			.build();
		assertThat(ComplianceRules.evaluate(evidence))
			.extracting(Decision::candidateId, Decision::period, Decision::rule, Decision::status,
					Decision::ownSeatContacts)
			.containsExactly(tuple("C001", "2024-W24", "twinned_sessions", Status.BREACH, 600),
					tuple("C001", "2024-W25", "twinned_sessions", Status.PENDING, 0),
					tuple("C002", "2024-W24", "twinned_sessions", Status.BREACH, 700),
					tuple("C002", "2024-W25", "twinned_sessions", Status.PENDING, 0));
	}

	// SPEC §2 Rulebooks and §3: weeks before the first rulebook's week get no decision;
	// a rulebook effective on a Wednesday governs from the next Monday
	@Test
	void weeksBeforeTheFirstRulebookGetNoDecision() {
		Evidence evidence = EvidenceBuilder.asOf("2024-06-19")
			.candidate(ANN)
			.rulebook(twinnedRulebook(1, "2024-06-05", 5))
			.seat(OWN_SEAT, "safe", false, "2024-05-01")
			.seat(TARGET_SEAT, "battleground", false, "2024-05-01")
			.twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null)
			.contacts(OWN_SEAT, "2024-05-29", 600)
			.contacts(OWN_SEAT, "2024-06-04", 600)
			.contacts(OWN_SEAT, "2024-06-11", 600)
			.build();
		assertThat(ComplianceRules.weeks(evidence)).extracting(IsoWeek::toString)
			.containsExactly("2024-W22", "2024-W23", "2024-W24", "2024-W25");
		assertThat(ComplianceRules.evaluate(evidence)).extracting(Decision::period, Decision::status)
			.containsExactly(tuple("2024-W24", Status.BREACH), tuple("2024-W25", Status.PENDING));
	}

	// SPEC §2: "A rule it leaves out is not evaluated under it": a rulebook without
	// twinned_sessions gives its weeks no twinned_sessions decision
	@Test
	void aRulebookWithoutTheTwinnedSessionsRuleGivesNoDecision() {
		Rulebook withoutRule = rulebook("""
				rulebook: hq-field-rules
				version: 2
				effective_from: 2024-06-17
				gotv:
				  polling_day: 2024-07-04
				  no_support_for_held_seats: true
				""", "sha-v2");
		Evidence evidence = world("2024-06-26").rulebook(withoutRule)
			.rulebook(twinnedRulebook(3, "2024-06-24", 5))
			.contacts(OWN_SEAT, "2024-06-11", 600)
			.contacts(OWN_SEAT, "2024-06-18", 600)
			.build();
		assertThat(ComplianceRules.evaluate(evidence)).extracting(Decision::period, Decision::rulebookVersion)
			.containsExactly(tuple("2024-W24", 1), tuple("2024-W26", 3));
	}

	// SPEC §2: each week is decided under its own rulebook (version, hash and
	// requirement)
	@Test
	void eachWeekIsDecidedUnderItsOwnRulebook() {
		Evidence evidence = world("2024-06-24").rulebook(twinnedRulebook(2, "2024-06-17", 3))
			.contacts(OWN_SEAT, "2024-06-11", 600)
			.contacts(OWN_SEAT, "2024-06-18", 600)
			.session(ANN.id(), TARGET_SEAT, "2024-06-11", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-12", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-13", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-18", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-19", Slot.AM)
			.session(ANN.id(), TARGET_SEAT, "2024-06-20", Slot.AM)
			.build();
		assertThat(ComplianceRules.evaluate(evidence))
			.extracting(Decision::period, Decision::rulebookVersion, Decision::rulebookSha256, Decision::status,
					Decision::twinnedSessions, Decision::requiredSessions)
			.containsExactly(tuple("2024-W24", 1, "sha-v1", Status.BREACH, 3, 5),
					tuple("2024-W25", 2, "sha-v2", Status.COMPLIANT, 3, 3),
					tuple("2024-W26", 2, "sha-v2", Status.PENDING, 0, 3));
	}

	// SPEC §3 recess_visits: each frontbencher and each recess whose end_date is before
	// the as-of date
	@ParameterizedTest(name = "as of {0}: {1} recess decisions")
	@CsvSource(textBlock = """
			2024-06-13, 0
			2024-06-14, 0
			2024-06-15, 1
			2024-07-01, 1
			""")
	void aRecessIsDecidedOnceItHasEnded(String asOf, int expected) {
		Evidence evidence = world(asOf).candidate(FRANK)
			.seat("S02", "safe", false, "2024-05-01")
			.recess("Whitsun recess", "2024-06-10", "2024-06-14")
			.build();
		List<Decision> recess = ComplianceRules.evaluate(evidence)
			.stream()
			.filter((decision) -> decision.rule().equals("recess_visits"))
			.toList();
		assertThat(recess).hasSize(expected);
		recess.forEach((decision) -> {
			assertThat(decision.candidateId()).isEqualTo("F001");
			assertThat(decision.period()).isEqualTo("Whitsun recess");
			assertThat(decision.status()).isEqualTo(Status.BREACH);
		});
	}

	// SPEC §3 recess_visits: under the rulebook for the recess's end date; one without
	// the rule gives no decision
	@Test
	void aRecessIsDecidedUnderTheRulebookForItsEndDate() {
		Rulebook twoVisits = rulebook("""
				rulebook: hq-field-rules
				version: 2
				effective_from: 2024-06-17
				recess_visits:
				  role: frontbencher
				  required_visits: 2
				  visits_must_be_declared: false
				""", "sha-v2");
		Rulebook noRecessRule = twinnedRulebook(3, "2024-07-01", 5);
		Evidence evidence = EvidenceBuilder.asOf("2024-07-20")
			.candidate(FRANK)
			.candidate(ANN)
			.rulebook(hqRulebook())
			.rulebook(twoVisits)
			.rulebook(noRecessRule)
			.seat(TARGET_SEAT, "battleground", false, "2024-05-01")
			.recess("Early recess", "2024-06-05", "2024-06-09")
			.recess("June recess", "2024-06-19", "2024-06-23")
			.recess("July recess", "2024-07-08", "2024-07-12")
			.session(FRANK.id(), TARGET_SEAT, "2024-06-20", Slot.AM)
			.session(FRANK.id(), TARGET_SEAT, "2024-06-21", Slot.AM)
			.build();
		assertThat(ComplianceRules.evaluate(evidence).stream().filter((d) -> d.rule().equals("recess_visits")))
			.extracting(Decision::candidateId, Decision::period, Decision::rulebookVersion, Decision::status,
					Decision::twinnedSessions, Decision::requiredSessions)
			.containsExactly(tuple("F001", "Early recess", 1, Status.BREACH, 0, 3),
					tuple("F001", "June recess", 2, Status.COMPLIANT, 2, 2));
	}

	/**
	 * Ann (S01 safe, twinned with T01) under the HQ rulebook, version 1 from 3 June 2024.
	 */
	private static EvidenceBuilder world(String asOf) {
		return EvidenceBuilder.asOf(asOf)
			.candidate(ANN)
			.rulebook(hqRulebook())
			.seat(OWN_SEAT, "safe", false, "2024-05-01")
			.seat(TARGET_SEAT, "battleground", false, "2024-05-01")
			.twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null);
	}

	private static Rulebook twinnedRulebook(int version, String effectiveFrom, int required) {
		return rulebook("""
				rulebook: hq-field-rules
				version: %d
				effective_from: %s
				twinned_sessions:
				  applies_to_classifications: [safe, unwinnable]
				  own_seat_contacts_more_than: 500
				  required_twinned_sessions: %d
				  revoke_on_breach: [organise, contact_creator, leaflet_printing]
				""".formatted(version, effectiveFrom, required), "sha-v" + version);
	}

}
