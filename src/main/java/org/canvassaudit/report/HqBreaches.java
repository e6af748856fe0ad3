package org.canvassaudit.report;

import java.util.Comparator;
import java.util.List;

import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Status;
import org.canvassaudit.rules.TwinnedSessionsRule;

/**
 * Every breach of the latest finished week, each with its figures and how far it fell
 * short, in the words {@code explain} uses; and the week's data-quality warnings.
 */
final class HqBreaches {

	private HqBreaches() {
	}

	static List<Breach> of(HqNight night) {
		return night.twinnedSessions(night.lastWeek())
			.stream()
			.filter((decision) -> decision.status() == Status.BREACH)
			.map((decision) -> breach(night, decision))
			.sorted(Comparator.comparing(Breach::candidate))
			.toList();
	}

	/**
	 * @param night the night
	 * @return the candidates of the latest finished week whose decision carries the
	 * data-quality warning of having no twinning in force, by candidate
	 */
	static List<HqItem> warnings(HqNight night) {
		return night.twinnedSessions(night.lastWeek())
			.stream()
			.filter((decision) -> decision.basis().reasons().contains(TwinnedSessionsRule.NO_TWINNING))
			.map((decision) -> new HqItem(night.who(decision.candidateId()),
					decision.ownSeatContacts() + " own-seat contacts in " + decision.basis().ownSeat()
							+ "; no twinning in force during the week (decision " + decision.decisionId() + ")"))
			.sorted(Comparator.comparing(HqItem::item))
			.toList();
	}

	private static Breach breach(HqNight night, Decision decision) {
		String seat = decision.basis().ownSeat()
				+ ((decision.basis().classification() != null) ? " (" + decision.basis().classification() + ")" : "");
		return new Breach(night.who(decision.candidateId()) + "\n" + seat, decision.ownSeatContacts(),
				decision.twinnedSessions() + " of " + decision.requiredSessions(),
				Distance.of(decision, night.rulebookOf(decision)), decision.decisionId());
	}

	/**
	 * One breach.
	 *
	 * @param candidate the candidate's name and id, then their own seat and its
	 * classification that week
	 * @param contacts own-seat contacts
	 * @param sessions twinned sessions of those required
	 * @param distance how far from each threshold
	 * @param decisionId the decision
	 */
	record Breach(String candidate, Integer contacts, String sessions, String distance, String decisionId) {
	}

}
