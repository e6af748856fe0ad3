package org.canvassaudit.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.canvassaudit.evaluation.RecordedDecision;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Status;

/**
 * The chart of the campaign week by week: own-seat contacts against twinned sessions,
 * summed over every candidate's {@code twinned_sessions} decision, for every week
 * evaluated. Two candidates standing in one seat each count its contacts, as each of
 * their decisions does.
 */
final class HqWeeks {

	private HqWeeks() {
	}

	static List<Week> of(HqNight night) {
		Map<IsoWeek, int[]> byWeek = new TreeMap<>();
		for (RecordedDecision recorded : night.evaluation().decisions()) {
			Decision decision = recorded.decision();
			if (!Decision.TWINNED_SESSIONS.equals(decision.rule())) {
				continue;
			}
			int[] sums = byWeek.computeIfAbsent(IsoWeek.parse(decision.period()), (k) -> new int[3]);
			sums[0] += (decision.ownSeatContacts() != null) ? decision.ownSeatContacts() : 0;
			sums[1] += decision.twinnedSessions();
			sums[2] += (decision.status() == Status.BREACH) ? 1 : 0;
		}
		boolean oneYear = byWeek.keySet()
			.stream()
			.map((week) -> week.toString().substring(0, 4))
			.distinct()
			.count() < 2;
		return byWeek.entrySet().stream().map((entry) -> {
			IsoWeek week = entry.getKey();
			boolean pending = !week.sunday().isBefore(night.asOf());
			String label = (oneYear ? week.toString().substring(5) : week.toString()) + (pending ? " (so far)" : "");
			int[] sums = entry.getValue();
			return new Week(week.toString(), label, sums[0], sums[1], sums[2], pending);
		}).toList();
	}

	/**
	 * One week of the chart.
	 *
	 * @param week the ISO week
	 * @param label the chart's label for it: "W23" while the campaign stays in one year,
	 * "W24 (so far)" while it is running
	 * @param contacts own-seat contacts, summed over candidates
	 * @param sessions twinned sessions, summed over candidates
	 * @param breaches candidates in breach that week
	 * @param pending whether the week is still running
	 */
	record Week(String week, String label, int contacts, int sessions, int breaches, boolean pending) {
	}

}
