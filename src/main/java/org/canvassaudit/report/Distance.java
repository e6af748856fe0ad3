package org.canvassaudit.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.Status;

/**
 * The "why not" of a decision: how far each figure is from its threshold, in words a
 * candidate reads, e.g. "3 of 5 twinned sessions; 2 more needed by Sunday 16 June".
 */
public final class Distance {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private Distance() {
	}

	/**
	 * @param dossier a decision
	 * @return one line per threshold
	 */
	public static String of(DecisionDossier dossier) {
		// The dossier's figures as the decision they record, so both read the same words.
		Decision.Basis basis = new Decision.Basis(dossier.ownSeat(), dossier.classification(), dossier.from(),
				dossier.to(), List.of(), List.of(), List.of(), List.of());
		Decision decision = new Decision(dossier.candidateId(), dossier.period(), dossier.rule(),
				dossier.rulebook().version(), dossier.rulebook().sha256(), dossier.status(), dossier.ownSeatContacts(),
				dossier.twinnedSessions(), dossier.requiredSessions(), dossier.finished(), basis);
		return of(decision, dossier.rulebook());
	}

	/**
	 * The same words from a decision's figures, for a report that has the night's
	 * decisions in hand rather than their dossiers.
	 * @param decision a decision
	 * @param rulebook the rulebook it was made under
	 * @return one line per threshold
	 */
	public static String of(Decision decision, Rulebook rulebook) {
		if (Decision.RECESS_VISITS.equals(decision.rule())) {
			return requirement(decision.twinnedSessions(), decision.requiredSessions(), "visit days",
					decision.basis().to());
		}
		Rulebook.TwinnedSessions rule = rulebook.twinnedSessions();
		String classification = decision.basis().classification();
		if (decision.status() == Status.NOT_APPLICABLE && rule != null && classification != null
				&& !rule.appliesToClassifications().contains(classification)) {
			return "own seat " + classification + ": the rule applies only to "
					+ String.join(", ", rule.appliesToClassifications().stream().sorted().toList())
					+ " seats, so no twinned session is needed";
		}
		String sessions = (decision.status() == Status.NOT_APPLICABLE)
				? decision.twinnedSessions() + " of " + decision.requiredSessions()
						+ " twinned sessions: none needed while the rule does not apply"
				: requirement(decision.twinnedSessions(), decision.requiredSessions(), "twinned sessions",
						IsoWeek.parse(decision.period()).sunday());
		if (rule == null || decision.ownSeatContacts() == null) {
			return sessions;
		}
		int contacts = decision.ownSeatContacts();
		int threshold = rule.ownSeatContactsMoreThan();
		String scope = (contacts > threshold)
				? contacts + " own-seat contacts, more than " + threshold + ": the rule applies"
				: contacts + " own-seat contacts, not more than " + threshold + ": the rule does not apply ("
						+ (threshold + 1 - contacts) + " more would bring it into scope)";
		if (decision.status() == Status.PENDING) {
			scope += " so far";
		}
		return scope + "\n" + sessions;
	}

	private static String requirement(int have, int required, String what, LocalDate by) {
		if (have >= required) {
			return have + " of " + required + " " + what + ": the requirement is met";
		}
		return have + " of " + required + " " + what + "; " + (required - have) + " more needed by " + DAY.format(by);
	}

}
