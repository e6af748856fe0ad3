package org.canvassaudit.report;

import java.util.List;

import org.canvassaudit.rules.GotvPlan;

/**
 * The get-out-the-vote plan in figures; the seat-by-seat plan is
 * {@code gotv-<polling day>.csv}.
 */
final class HqGotv {

	private HqGotv() {
	}

	/**
	 * @param plan the plan, or {@code null} when no rulebook has one
	 * @return its figures, none without a plan
	 */
	static List<HqFigure> of(GotvPlan.Plan plan) {
		if (plan == null) {
			return List.of();
		}
		long with = plan.rows().stream().filter(GotvPlan.Row::gotvSupport).count();
		long unknown = plan.rows().stream().filter((row) -> row.classification() == null).count();
		return List.of(new HqFigure("Polling day", HqNight.DAY.format(plan.pollingDay())),
				new HqFigure("Rulebook", "v" + plan.rulebookVersion()), HqFigure.of("Seats with GOTV support", with),
				HqFigure.of("Seats without support (held seats)", plan.rows().size() - with),
				HqFigure.of("Seats with no classification on polling day (support kept)", unknown));
	}

}
