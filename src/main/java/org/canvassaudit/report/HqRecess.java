package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.canvassaudit.evaluation.RecordedDecision;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Status;

/**
 * Recess discrepancies: every frontbencher's {@code recess_visits} decision that is a
 * breach or where declared and attended days disagree, breaches first. A recess breach
 * changes no access; HQ follows it up by hand.
 */
final class HqRecess {

	private HqRecess() {
	}

	static List<Discrepancy> of(HqNight night) {
		return night.evaluation()
			.decisions()
			.stream()
			.map(RecordedDecision::decision)
			.filter((decision) -> Decision.RECESS_VISITS.equals(decision.rule()))
			.filter((decision) -> decision.status() == Status.BREACH
					|| !decision.basis().declaredNotAttended().isEmpty()
					|| !decision.basis().attendedNotDeclared().isEmpty())
			.sorted(Comparator.comparing((Decision decision) -> decision.status() != Status.BREACH))
			.map((decision) -> new Discrepancy(night.who(decision.candidateId()), decision.period(),
					decision.status().name(), decision.twinnedSessions() + " of " + decision.requiredSessions(),
					dates(decision.basis().declaredNotAttended()), dates(decision.basis().attendedNotDeclared())))
			.toList();
	}

	/**
	 * @param dates recess days
	 * @return them as every report lists them: comma-separated, or {@code none}
	 */
	static String dates(List<LocalDate> dates) {
		return dates.isEmpty() ? "none" : dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
	}

	/**
	 * One frontbencher's recess.
	 *
	 * @param frontbencher the frontbencher's name and id
	 * @param recess the recess
	 * @param status the decision's status
	 * @param visits counted visit days of those required
	 * @param declaredNotAttended declared days with no session in a battleground seat
	 * @param attendedNotDeclared days with such a session that were not declared
	 */
	record Discrepancy(String frontbencher, String recess, String status, String visits, String declaredNotAttended,
			String attendedNotDeclared) {
	}

}
