package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates every rule for every candidate in the roster. {@code twinned_sessions} covers
 * every week from the week of the earliest evidence to the week of the as-of date,
 * wherever the rulebook for the week has the rule; {@code recess_visits} covers every
 * recess that ended before the as-of date, under the rulebook for its last day.
 */
public final class ComplianceRules {

	/** Decisions in the order the outputs list them. */
	public static final Comparator<Decision> ORDER = Comparator.comparing(Decision::candidateId)
		.thenComparing(Decision::period)
		.thenComparing(Decision::rule);

	private ComplianceRules() {
	}

	/**
	 * @param evidence the evidence
	 * @return every decision, sorted by candidate, period and rule
	 */
	public static List<Decision> evaluate(Evidence evidence) {
		List<Decision> decisions = new ArrayList<>();
		List<IsoWeek> weeks = weeks(evidence);
		for (Candidate candidate : evidence.roster()) {
			for (IsoWeek week : weeks) {
				Rulebook rulebook = evidence.rulebooks().forWeek(week);
				if (rulebook != null && rulebook.twinnedSessions() != null) {
					decisions.add(TwinnedSessionsRule.evaluate(candidate, week, rulebook, evidence));
				}
			}
			for (Recess recess : evidence.recesses()) {
				Rulebook rulebook = evidence.rulebooks().forDate(recess.endDate());
				if (recess.endDate().isBefore(evidence.asOf()) && rulebook != null && rulebook.recessVisits() != null
						&& rulebook.recessVisits().role().equals(candidate.role())) {
					decisions.add(RecessVisitsRule.evaluate(candidate, recess, rulebook, evidence));
				}
			}
		}
		decisions.sort(ORDER);
		return decisions;
	}

	/**
	 * @param evidence the evidence
	 * @return the weeks evaluated: from the earliest evidence's week to the as-of week
	 */
	public static List<IsoWeek> weeks(Evidence evidence) {
		List<IsoWeek> weeks = new ArrayList<>();
		LocalDate earliest = evidence.earliestEvidence();
		if (earliest == null || earliest.isAfter(evidence.asOf())) {
			return weeks;
		}
		IsoWeek last = IsoWeek.of(evidence.asOf());
		for (IsoWeek week = IsoWeek.of(earliest); week.compareTo(last) <= 0; week = week.next()) {
			weeks.add(week);
		}
		return weeks;
	}

}
