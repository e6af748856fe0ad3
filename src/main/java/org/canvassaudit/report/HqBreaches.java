package org.canvassaudit.report;

import java.util.Comparator;
import java.util.List;

import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Status;

/**
 * Every breach of the latest finished week, each with its figures and how far it fell
 * short, in the words {@code explain} uses.
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
