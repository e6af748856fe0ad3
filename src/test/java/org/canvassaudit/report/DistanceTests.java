package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.List;

import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.RulebookParser;
import org.canvassaudit.rules.Status;
import org.canvassaudit.support.SmallCampaign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "why not" lines of a {@code twinned_sessions} decision for week 2024-W23 under
 * SmallCampaign's rulebook (more than 2 own-seat contacts call for 2 twinned sessions, in
 * safe and unwinnable seats): a week the rule does not cover asks for nothing.
 */
class DistanceTests {

	// Pins each status: a breach and a pending week say how many more are needed and by
	// when; a met requirement says so; a seat of another classification, or too few
	// contacts in a finished week, needs no session at all.
	@ParameterizedTest(name = "{0} {1}, {2} contacts, {3} sessions")
	@CsvSource(delimiter = '|',
			textBlock = """
					BREACH         | safe        | 3 | 1 | 3 own-seat contacts, more than 2: the rule applies\\n1 of 2 twinned sessions; 1 more needed by Sunday 9 June
					PENDING        | safe        | 3 | 0 | 3 own-seat contacts, more than 2: the rule applies so far\\n0 of 2 twinned sessions; 2 more needed by Sunday 9 June
					COMPLIANT      | unwinnable  | 5 | 2 | 5 own-seat contacts, more than 2: the rule applies\\n2 of 2 twinned sessions: the requirement is met
					NOT_APPLICABLE | battleground| 9 | 0 | own seat battleground: the rule applies only to safe, unwinnable seats, so no twinned session is needed
					NOT_APPLICABLE | safe        | 2 | 0 | 2 own-seat contacts, not more than 2: the rule does not apply (1 more would bring it into scope)\\n0 of 2 twinned sessions: none needed while the rule does not apply
					""")
	void saysHowFarEachFigureIsFromItsThreshold(Status status, String classification, int contacts, int sessions,
			String expected) throws Exception {
		Rulebook rulebook = RulebookParser.parse(SmallCampaign.RULEBOOK, "sha");
		Decision decision = new Decision("C1", "2024-W23", Decision.TWINNED_SESSIONS, 1, "sha", status, contacts,
				sessions, 2, status != Status.PENDING,
				new Decision.Basis("E2", classification, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 9), List.of(),
						List.of(), List.of(), List.of()));

		assertThat(Distance.of(decision, rulebook)).isEqualTo(expected.replace("\\n", "\n"));
	}

}
