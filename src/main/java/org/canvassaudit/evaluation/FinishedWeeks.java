package org.canvassaudit.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.canvassaudit.access.FinishedWeek;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.Rulebooks;
import org.canvassaudit.rules.Status;

/**
 * The finished {@code twinned_sessions} weeks of each candidate, in order, as access
 * needs them.
 */
final class FinishedWeeks {

	private FinishedWeeks() {
	}

	/**
	 * @param decisions tonight's decisions
	 * @param previousStatus for each decision, the status an earlier night recorded for
	 * its week as finished, or {@code null}
	 * @param rulebooks the rulebooks the decisions were made under
	 * @return each candidate's finished weeks, in week order
	 */
	static Map<String, List<FinishedWeek>> of(List<Decision> decisions, Function<Decision, Status> previousStatus,
			Rulebooks rulebooks) {
		Map<String, List<FinishedWeek>> weeks = new HashMap<>();
		for (Decision decision : decisions) {
			if (!Decision.TWINNED_SESSIONS.equals(decision.rule()) || !decision.finished()) {
				continue;
			}
			weeks.computeIfAbsent(decision.candidateId(), (k) -> new ArrayList<>())
				.add(new FinishedWeek(IsoWeek.parse(decision.period()), decision.status(),
						previousStatus.apply(decision), decision.twinnedSessions() >= decision.requiredSessions(),
						rulebook(rulebooks, decision).twinnedSessions().revokeOnBreach(), decision.decisionId()));
		}
		weeks.values().forEach((list) -> list.sort(Comparator.comparing(FinishedWeek::week)));
		return weeks;
	}

	private static Rulebook rulebook(Rulebooks rulebooks, Decision decision) {
		return rulebooks.all()
			.stream()
			.filter((rulebook) -> rulebook.sha256().equals(decision.rulebookSha256()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no rulebook " + decision.rulebookSha256()));
	}

}
