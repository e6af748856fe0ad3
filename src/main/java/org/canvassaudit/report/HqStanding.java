package org.canvassaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.canvassaudit.access.AccessState;
import org.canvassaudit.access.ToolAccess;
import org.canvassaudit.rules.Candidate;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.Status;

/**
 * Where the campaign stands tonight: the headline figures of the {@code twinned_sessions}
 * rule for the latest finished week and the week still running, and the same by region
 * with the tools revoked and denied.
 *
 * @param headline the headline figures
 * @param regions one row per region, by name
 */
record HqStanding(List<HqFigure> headline, List<Region> regions) {

	static HqStanding of(HqNight night) {
		return new HqStanding(headline(night), regions(night));
	}

	private static List<HqFigure> headline(HqNight night) {
		List<Decision> last = night.twinnedSessions(night.lastWeek());
		String week = night.lastWeek().toString();
		List<HqFigure> figures = new ArrayList<>();
		figures.add(HqFigure.of("Candidates on the roster", night.roster().size()));
		figures.add(HqFigure.of("In scope in " + week + " (the twinned-sessions rule applied)",
				count(last, Status.COMPLIANT) + count(last, Status.BREACH) + count(last, Status.VOIDED)));
		figures.add(HqFigure.of("Compliant in " + week, count(last, Status.COMPLIANT)));
		figures.add(HqFigure.of("In breach in " + week, count(last, Status.BREACH)));
		if (count(last, Status.VOIDED) > 0) {
			figures.add(HqFigure.of("Breaches in " + week + " voided on appeal", count(last, Status.VOIDED)));
		}
		List<Decision> running = night.twinnedSessions(night.thisWeek());
		figures.add(HqFigure.of(
				"Pending in " + night.thisWeek() + " (ends " + HqNight.DAY.format(night.thisWeek().sunday()) + ")",
				count(running, Status.PENDING)));
		figures.add(HqFigure.of("Of those, over the contact threshold so far and short of twinned sessions",
				running.stream().filter((decision) -> atRisk(night, decision)).count()));
		return figures;
	}

	private static long count(List<Decision> decisions, Status status) {
		return decisions.stream().filter((decision) -> decision.status() == status).count();
	}

	// A pending week that would be a breach if it ended tonight.
	private static boolean atRisk(HqNight night, Decision decision) {
		Rulebook.TwinnedSessions rule = night.rulebookOf(decision).twinnedSessions();
		return decision.status() == Status.PENDING && rule != null && decision.basis().classification() != null
				&& rule.appliesToClassifications().contains(decision.basis().classification())
				&& decision.ownSeatContacts() != null && decision.ownSeatContacts() > rule.ownSeatContactsMoreThan()
				&& decision.twinnedSessions() < decision.requiredSessions();
	}

	private static List<Region> regions(HqNight night) {
		Map<String, int[]> byRegion = new TreeMap<>();
		for (Candidate candidate : night.roster().values()) {
			byRegion.computeIfAbsent(night.regionOf(candidate.id()), (k) -> new int[4])[0]++;
		}
		for (Decision decision : night.twinnedSessions(night.lastWeek())) {
			if (decision.status() == Status.BREACH) {
				byRegion.computeIfAbsent(night.regionOf(decision.candidateId()), (k) -> new int[4])[1]++;
			}
		}
		for (ToolAccess access : night.evaluation().access()) {
			AccessState state = access.visible().state();
			if (state != AccessState.GRANTED) {
				int column = (state == AccessState.REVOKED) ? 2 : 3;
				byRegion.computeIfAbsent(night.regionOf(access.candidateId()), (k) -> new int[4])[column]++;
			}
		}
		return byRegion.entrySet()
			.stream()
			.map((entry) -> new Region(entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2],
					entry.getValue()[3]))
			.toList();
	}

	/**
	 * One region's line.
	 *
	 * @param region the region of the candidates' own seats
	 * @param candidates candidates standing there
	 * @param breaches their breaches in the latest finished week
	 * @param revoked tools revoked from them tonight
	 * @param denied tools denied to them tonight
	 */
	record Region(String region, int candidates, int breaches, int revoked, int denied) {
	}

}
