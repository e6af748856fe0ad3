package org.canvassaudit.rules;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.rules.RulesFixtures.ANN;
import static org.canvassaudit.rules.RulesFixtures.OWN_SEAT;
import static org.canvassaudit.rules.RulesFixtures.TARGET_SEAT;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.hqRulebook;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * SPEC §5 decisions: {@code decision_id} is a hex string derived from the decision's
 * content, so the same inputs give byte-identical files.
 */
class DecisionTests {

	private static final Decision.Basis BASIS = new Decision.Basis(OWN_SEAT, "safe", day("2024-06-10"),
			day("2024-06-16"), List.of(), List.of("501 own-seat contacts is more than 500", "4 of 5 twinned sessions"),
			List.of(), List.of());

	private static final Decision BREACH = new Decision("C001", "2024-W24", "twinned_sessions", 1, "sha-v1",
			Status.BREACH, 501, 4, 5, true, BASIS);

	// SPEC §5: identical content gives the identical id, a 16-digit hex string
	@Test
	void identicalContentGivesTheSameDecisionId() {
		Decision again = new Decision("C001", "2024-W24", "twinned_sessions", 1, "sha-v1", Status.BREACH, 501, 4, 5,
				true, BASIS);
		assertThat(again.decisionId()).isEqualTo(BREACH.decisionId());
		assertThat(BREACH.decisionId()).matches("[0-9a-f]{16}");
	}

	// SPEC §5 and `replay`: the id is the same on any machine and any night, so it is
	// pinned here
	@Test
	void theDecisionIdIsStableFromOneBuildToTheNext() {
		assertThat(BREACH.decisionId()).isEqualTo("e7df580fbf4dade1");
	}

	// SPEC §5: a change to any figure, the status, the rulebook or the period gives
	// another id
	@ParameterizedTest(name = "{0}")
	@MethodSource("oneThingChanged")
	void aDecisionWithDifferentContentHasADifferentId(String change, Decision changed) {
		assertThat(changed.decisionId()).isNotEqualTo(BREACH.decisionId()).matches("[0-9a-f]{16}");
	}

	static Stream<Arguments> oneThingChanged() {
		return Stream.of(
				arguments("own-seat contacts 502",
						new Decision("C001", "2024-W24", "twinned_sessions", 1, "sha-v1", Status.BREACH, 502, 4, 5,
								true, BASIS)),
				arguments("twinned sessions 3",
						new Decision("C001", "2024-W24", "twinned_sessions", 1, "sha-v1", Status.BREACH, 501, 3, 5,
								true, BASIS)),
				arguments("required sessions 4",
						new Decision("C001", "2024-W24", "twinned_sessions", 1, "sha-v1", Status.BREACH, 501, 4, 4,
								true, BASIS)),
				arguments("status", BREACH.withStatus(Status.VOIDED)),
				arguments("rulebook version",
						new Decision("C001", "2024-W24", "twinned_sessions", 2, "sha-v1", Status.BREACH, 501, 4, 5,
								true, BASIS)),
				arguments("rulebook hash",
						new Decision("C001", "2024-W24", "twinned_sessions", 1, "sha-v2", Status.BREACH, 501, 4, 5,
								true, BASIS)),
				arguments("week",
						new Decision("C001", "2024-W25", "twinned_sessions", 1, "sha-v1", Status.BREACH, 501, 4, 5,
								true, BASIS)),
				arguments("candidate",
						new Decision("C002", "2024-W24", "twinned_sessions", 1, "sha-v1", Status.BREACH, 501, 4, 5,
								true, BASIS)),
				arguments("rule",
						new Decision("C001", "2024-W24", "recess_visits", 1, "sha-v1", Status.BREACH, 501, 4, 5, true,
								BASIS)),
				arguments("no own-seat contacts figure", new Decision("C001", "2024-W24", "twinned_sessions", 1,
						"sha-v1", Status.BREACH, null, 4, 5, true, BASIS)));
	}

	// SPEC §5: the same evidence evaluated twice gives the same decisions and ids; one
	// more session (a changed figure) changes the id of that week's decision
	@Test
	void theSameEvidenceGivesTheSameIdsAndAChangedFigureANewOne() {
		List<Decision> first = ComplianceRules.evaluate(world(4).build());
		List<Decision> second = ComplianceRules.evaluate(world(4).build());
		List<Decision> withOneMore = ComplianceRules
			.evaluate(world(4).session(ANN.id(), TARGET_SEAT, "2024-06-15", Slot.EVE).build());
		assertThat(first).extracting(Decision::period).containsExactly("2024-W24", "2024-W25");
		assertThat(second).extracting(Decision::decisionId)
			.containsExactlyElementsOf(first.stream().map(Decision::decisionId).toList());
		assertThat(withOneMore.get(0).twinnedSessions()).isEqualTo(5);
		assertThat(withOneMore.get(0).status()).isEqualTo(Status.COMPLIANT);
		assertThat(withOneMore.get(0).decisionId()).isNotEqualTo(first.get(0).decisionId());
		assertThat(withOneMore.get(1).decisionId()).isEqualTo(first.get(1).decisionId());
	}

	private static EvidenceBuilder world(int sessions) {
		EvidenceBuilder world = EvidenceBuilder.asOf("2024-06-19")
			.candidate(ANN)
			.rulebook(hqRulebook())
			.seat(OWN_SEAT, "safe", false, "2024-05-01")
			.seat(TARGET_SEAT, "battleground", false, "2024-05-01")
			.twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null)
			.contacts(OWN_SEAT, "2024-06-10", 501)
			.contacts(OWN_SEAT, "2024-06-18", 80);
		for (int i = 0; i < sessions; i++) {
			world.session(ANN.id(), TARGET_SEAT, "2024-06-1" + (i + 1), Slot.AM);
		}
		return world;
	}

}
