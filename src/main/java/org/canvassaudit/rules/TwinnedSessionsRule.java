package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rulebook's {@code twinned_sessions} rule: anyone making more than
 * {@code own_seat_contacts_more_than} contacts a week in their own seat, in a seat whose
 * classification is in {@code applies_to_classifications}, must attend
 * {@code required_twinned_sessions} sessions that week in the battleground seats they are
 * twinned with.
 * <p>
 * Both figures are always computed. The status is, in this order: {@code PENDING} until
 * the week's Sunday has passed; {@code NOT_APPLICABLE} when the own seat's classification
 * on the Monday is not covered (or unknown), when own-seat contacts are at or below the
 * threshold, or when the candidate has no twinning in force during the week (a
 * data-quality warning, never a breach); {@code COMPLIANT} when twinned sessions reach
 * the requirement; else {@code BREACH}.
 */
public final class TwinnedSessionsRule {

	/**
	 * The reason, and data-quality warning, of a candidate with no twinning that week.
	 */
	public static final String NO_TWINNING = "data-quality warning: no twinning in force during the week";

	private TwinnedSessionsRule() {
	}

	/**
	 * @param candidate the candidate
	 * @param week the week
	 * @param rulebook the rulebook for the week, which has the rule
	 * @param evidence the evidence
	 * @return the decision
	 */
	public static Decision evaluate(Candidate candidate, IsoWeek week, Rulebook rulebook, Evidence evidence) {
		Rulebook.TwinnedSessions rule = rulebook.twinnedSessions();
		LocalDate asOf = evidence.asOf();
		LocalDate to = asOf.isBefore(week.sunday()) ? asOf : week.sunday();
		String ownSeat = candidate.seatCode();
		int contacts = evidence.contacts().counted(ownSeat, week.monday(), to);
		List<Session> counted = twinnedSessions(candidate, week, evidence);
		String classification = evidence.seats().classificationOn(ownSeat, week.monday());
		boolean twinned = evidence.twinningsOf(candidate.id()).stream().anyMatch((t) -> t.inForceDuring(week));
		int required = rule.requiredTwinnedSessions();
		List<String> reasons = new ArrayList<>();
		Status status = status(asOf, week, rule, contacts, counted.size(), classification, twinned, reasons);
		Decision.Basis basis = new Decision.Basis(ownSeat, classification, week.monday(), to, counted,
				List.copyOf(reasons), List.of(), List.of());
		return new Decision(candidate.id(), week.toString(), Decision.TWINNED_SESSIONS, rulebook.version(),
				rulebook.sha256(), status, contacts, counted.size(), required, asOf.isAfter(week.sunday()), basis);
	}

	private static Status status(LocalDate asOf, IsoWeek week, Rulebook.TwinnedSessions rule, int contacts,
			int sessions, String classification, boolean twinned, List<String> reasons) {
		int required = rule.requiredTwinnedSessions();
		if (!asOf.isAfter(week.sunday())) {
			reasons
				.add("the week has not ended: it ends on Sunday " + week.sunday() + " and the as-of date is " + asOf);
			return Status.PENDING;
		}
		if (classification == null || !rule.appliesToClassifications().contains(classification)) {
			reasons.add((classification == null) ? "the own seat has no classification in force on " + week.monday()
					: "the own seat is " + classification + " on " + week.monday() + "; the rule applies to "
							+ String.join(", ", new java.util.TreeSet<>(rule.appliesToClassifications())));
			return Status.NOT_APPLICABLE;
		}
		if (contacts <= rule.ownSeatContactsMoreThan()) {
			reasons.add(contacts + " own-seat contacts is not more than " + rule.ownSeatContactsMoreThan());
			return Status.NOT_APPLICABLE;
		}
		if (!twinned) {
			reasons.add(NO_TWINNING);
			return Status.NOT_APPLICABLE;
		}
		reasons.add(contacts + " own-seat contacts is more than " + rule.ownSeatContactsMoreThan());
		reasons.add(sessions + " of " + required + " twinned sessions");
		return (sessions >= required) ? Status.COMPLIANT : Status.BREACH;
	}

	/**
	 * @param candidate a candidate
	 * @param week a week
	 * @param evidence the evidence
	 * @return the candidate's sessions in the week in a seat they were twinned with on
	 * the day
	 */
	static List<Session> twinnedSessions(Candidate candidate, IsoWeek week, Evidence evidence) {
		List<Twinning> twinnings = evidence.twinningsOf(candidate.id());
		List<Session> counted = new ArrayList<>();
		for (Session session : evidence.sessionsOf(candidate.id())) {
			if (week.contains(session.date()) && twinnings.stream()
				.anyMatch((t) -> t.targetSeatCode().equals(session.seatCode()) && t.validOn(session.date()))) {
				counted.add(session);
			}
		}
		return List.copyOf(counted);
	}

}
