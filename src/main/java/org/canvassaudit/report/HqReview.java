package org.canvassaudit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.evaluation.RecordedDecision;
import org.canvassaudit.evaluation.ReviewQueue;
import org.canvassaudit.evaluation.SheetMatch;
import org.canvassaudit.evaluation.SheetRow;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Session;
import org.canvassaudit.rules.Status;

/**
 * The review queue as HQ works it: how many sign-in rows wait for a person, the oldest of
 * them, and the rows most likely to change a decision — open rows that would be one more
 * twinned session for a suggested candidate in breach that week, closest to the
 * requirement first.
 *
 * @param figures the queue's size and age, none when the queue is empty
 * @param waiting how many rows wait for a person
 * @param likely the rows most likely to change a decision, at most {@link #SHOWN}
 * @param likelyCount how many such rows there are in all
 */
record HqReview(List<HqFigure> figures, int waiting, List<Likely> likely, int likelyCount) {

	/** Enough rows for a morning's work; the CSV has every one. */
	static final int SHOWN = 30;

	static HqReview of(HqNight night) {
		List<SheetMatch> queue = ReviewQueue.of(night.evaluation().facts().sheetMatches());
		List<SheetMatch> open = queue.stream().filter((match) -> match.outcome() == SheetMatch.Outcome.REVIEW).toList();
		List<HqFigure> figures = new ArrayList<>();
		figures.add(HqFigure.of("Rows waiting for review", open.size()));
		figures.add(HqFigure.of("Rows settled (assigned or rejected)", queue.size() - open.size()));
		open.stream()
			.min(Comparator.comparing((SheetMatch match) -> match.row().date()).thenComparing((m) -> m.row().ref()))
			.ifPresent((oldest) -> figures
				.add(new HqFigure("Oldest waiting row: " + describe(oldest.row()), oldest.row().date().toString())));
		List<Likely> likely = likely(night, open);
		return new HqReview(queue.isEmpty() ? List.of() : figures, open.size(), likely.stream().limit(SHOWN).toList(),
				likely.size());
	}

	private static List<Likely> likely(HqNight night, List<SheetMatch> open) {
		Map<String, Decision> breaches = new HashMap<>();
		for (RecordedDecision recorded : night.evaluation().decisions()) {
			Decision decision = recorded.decision();
			if (Decision.TWINNED_SESSIONS.equals(decision.rule()) && decision.status() == Status.BREACH) {
				breaches.put(decision.candidateId() + " " + decision.period(), decision);
			}
		}
		List<Likely> likely = new ArrayList<>();
		for (SheetMatch match : open) {
			List<String> decisions = new ArrayList<>();
			int shortest = Integer.MAX_VALUE;
			for (String candidateId : match.suggestions()) {
				Decision breach = breaches.get(candidateId + " " + IsoWeek.of(match.row().date()));
				if (breach != null && wouldCount(night, candidateId, match.row())) {
					shortest = Math.min(shortest, breach.requiredSessions() - breach.twinnedSessions());
					decisions.add(night.who(candidateId) + ": BREACH in " + breach.period() + ", "
							+ breach.twinnedSessions() + " of " + breach.requiredSessions() + " twinned sessions");
				}
			}
			if (!decisions.isEmpty()) {
				SheetRow row = match.row();
				likely.add(new Likely(row.ref(), row.date() + " " + row.slot() + " " + row.seatCode(), written(row),
						String.join("\n", decisions), describe(row), shortest));
			}
		}
		likely
			.sort(Comparator.comparingInt(Likely::shortfall).thenComparing(Likely::session).thenComparing(Likely::ref));
		return likely;
	}

	// The row adds a session only in a seat the candidate was twinned with that day, and
	// only if the same session is not already counted from Organise or another sheet.
	private static boolean wouldCount(HqNight night, String candidateId, SheetRow row) {
		boolean twinned = night.evidence()
			.twinningsOf(candidateId)
			.stream()
			.anyMatch((t) -> t.validOn(row.date()) && t.targetSeatCode().equalsIgnoreCase(row.seatCode()));
		return twinned && !night.evidence()
			.sessionsOf(candidateId)
			.contains(new Session(candidateId, row.seatCode(), row.date(), row.slot()));
	}

	private static String written(SheetRow row) {
		String name = (row.name() != null) ? "\"" + row.name() + "\"" : "no name";
		return (row.candidateIdCell() != null) ? name + ", Candidate ID " + row.candidateIdCell() : name;
	}

	private static String describe(SheetRow row) {
		return row.path() + ", sheet " + row.sheet() + ", row " + row.row() + " (ref " + row.ref() + ")";
	}

	/**
	 * An open row that could change a decision.
	 *
	 * @param ref its review reference
	 * @param session the session it records
	 * @param written the name and id as written
	 * @param decisions the breaches it could change, one per line
	 * @param source where it is
	 * @param shortfall the fewest sessions any of those breaches lacks
	 */
	record Likely(String ref, String session, String written, String decisions, String source, int shortfall) {
	}

}
