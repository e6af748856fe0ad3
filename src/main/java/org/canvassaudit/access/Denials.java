package org.canvassaudit.access;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.canvassaudit.rules.Candidate;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.Rulebooks;
import org.canvassaudit.rules.SeatRow;
import org.canvassaudit.rules.Seats;
import org.canvassaudit.rules.Tool;

/**
 * The rulebook's {@code classification_access}: a tool listed under the own seat's
 * classification on the as-of date, in the rulebook for the as-of week, is {@code DENIED}
 * whatever lies beneath. Its date is the later of that classification row's
 * {@code valid_from} and that rulebook's {@code effective_from}.
 */
public final class Denials {

	private Denials() {
	}

	/**
	 * @param denial a candidate's denials on a night
	 * @return what they rest on, e.g. {@code classification unwinnable since 2024-06-17};
	 * an appeal against a denial holds while this stays the same, so a change of
	 * classification or of rulebook ends it
	 */
	public static String position(AccessRules.Denial denial) {
		return denial.allowedReason() + " since " + denial.allowedSince();
	}

	/**
	 * @param candidate the candidate
	 * @param seats the seats snapshot
	 * @param rulebooks the rulebooks
	 * @param asOf the as-of date
	 * @return tonight's denials for the candidate
	 */
	public static AccessRules.Denial of(Candidate candidate, Seats seats, Rulebooks rulebooks, LocalDate asOf) {
		return of(candidate, seats, rulebooks, asOf, Set.of());
	}

	/**
	 * @param candidate the candidate
	 * @param seats the seats snapshot
	 * @param rulebooks the rulebooks
	 * @param asOf the as-of date
	 * @param lifted tools whose denial an upheld appeal lifted, for the seat's current
	 * position
	 * @return tonight's denials for the candidate
	 */
	public static AccessRules.Denial of(Candidate candidate, Seats seats, Rulebooks rulebooks, LocalDate asOf,
			Set<Tool> lifted) {
		SeatRow row = seats.inForce(candidate.seatCode(), asOf);
		Rulebook rulebook = rulebooks.forDate(asOf);
		if (row == null) {
			return AccessRules.Denial.none(asOf, "classification unknown");
		}
		LocalDate since = (rulebook != null && rulebook.effectiveFrom().isAfter(row.validFrom()))
				? rulebook.effectiveFrom() : row.validFrom();
		String reason = "classification " + row.classification();
		Set<Tool> tools = (rulebook != null)
				? rulebook.classificationAccess().getOrDefault(row.classification(), Set.of()) : Set.of();
		Map<Tool, ToolState> denied = new EnumMap<>(Tool.class);
		for (Tool tool : tools) {
			if (!lifted.contains(tool)) {
				denied.put(tool, new ToolState(AccessState.DENIED, since, reason, null));
			}
		}
		return new AccessRules.Denial(denied, since, reason);
	}

}
