package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The rulebook's {@code recess_visits} rule: holders of {@code role} canvass in target
 * seats on {@code required_visits} days of each recess. A visit day is a date in the
 * recess on which they had a session in a seat that was {@code battleground} that day;
 * with {@code visits_must_be_declared} it counts only if one of their declarations names
 * that date. Evaluated under the rulebook for the recess's last day, once the recess is
 * over. A recess breach is reported; it changes no access.
 */
public final class RecessVisitsRule {

	private static final String BATTLEGROUND = "battleground";

	private RecessVisitsRule() {
	}

	/**
	 * @param candidate the candidate, whose role the rule covers
	 * @param recess an ended recess
	 * @param rulebook the rulebook for the recess's last day, which has the rule
	 * @param evidence the evidence
	 * @return the decision
	 */
	public static Decision evaluate(Candidate candidate, Recess recess, Rulebook rulebook, Evidence evidence) {
		Rulebook.RecessVisits rule = rulebook.recessVisits();
		List<Session> qualifying = new ArrayList<>();
		SortedSet<LocalDate> visitDays = new TreeSet<>();
		for (Session session : evidence.sessionsOf(candidate.id())) {
			if (recess.contains(session.date())
					&& BATTLEGROUND.equals(evidence.seats().classificationOn(session.seatCode(), session.date()))) {
				qualifying.add(session);
				visitDays.add(session.date());
			}
		}
		SortedSet<LocalDate> declared = new TreeSet<>();
		for (Declaration declaration : evidence.declarationsOf(candidate.id())) {
			if (recess.contains(declaration.declaredDate())) {
				declared.add(declaration.declaredDate());
			}
		}
		SortedSet<LocalDate> counted = new TreeSet<>(visitDays);
		if (rule.visitsMustBeDeclared()) {
			counted.retainAll(declared);
		}
		List<Session> countedSessions = qualifying.stream().filter((s) -> counted.contains(s.date())).toList();
		Status status = (counted.size() >= rule.requiredVisits()) ? Status.COMPLIANT : Status.BREACH;
		List<String> reasons = List.of(counted.size() + " of " + rule.requiredVisits() + " visit days counted"
				+ (rule.visitsMustBeDeclared() ? " (only declared days count)" : ""));
		Decision.Basis basis = new Decision.Basis(null, null, recess.startDate(), recess.endDate(), countedSessions,
				reasons, difference(declared, visitDays), difference(visitDays, declared));
		return new Decision(candidate.id(), recess.name(), Decision.RECESS_VISITS, rulebook.version(),
				rulebook.sha256(), status, null, counted.size(), rule.requiredVisits(), true, basis);
	}

	private static List<LocalDate> difference(SortedSet<LocalDate> from, SortedSet<LocalDate> minus) {
		SortedSet<LocalDate> left = new TreeSet<>(from);
		left.removeAll(minus);
		return List.copyOf(left);
	}

}
