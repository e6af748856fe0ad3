package org.canvassaudit.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
		if (Decision.RECESS_VISITS.equals(dossier.rule())) {
			return requirement(dossier.twinnedSessions(), dossier.requiredSessions(), "visit days", dossier.to());
		}
		String sessions = requirement(dossier.twinnedSessions(), dossier.requiredSessions(), "twinned sessions",
				IsoWeek.parse(dossier.period()).sunday());
		Rulebook.TwinnedSessions rule = dossier.rulebook().twinnedSessions();
		if (rule == null || dossier.ownSeatContacts() == null) {
			return sessions;
		}
		int contacts = dossier.ownSeatContacts();
		int threshold = rule.ownSeatContactsMoreThan();
		String scope = (contacts > threshold)
				? contacts + " own-seat contacts, more than " + threshold + ": the rule applies"
				: contacts + " own-seat contacts, not more than " + threshold + ": the rule does not apply ("
						+ (threshold + 1 - contacts) + " more would bring it into scope)";
		if (dossier.status() == Status.PENDING) {
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
