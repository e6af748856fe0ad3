package org.canvassaudit.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.canvassaudit.access.AccessRules;
import org.canvassaudit.access.AccessState;
import org.canvassaudit.access.Denials;
import org.canvassaudit.access.FinishedWeek;
import org.canvassaudit.access.ToolAccess;
import org.canvassaudit.rules.Candidate;
import org.canvassaudit.rules.Evidence;

/**
 * The access a set of decisions gives from scratch, every week at its natural date, for
 * comparing one rulebook with another without the history of late corrections in the way.
 */
public final class AccessForecast {

	private AccessForecast() {
	}

	/**
	 * @param derivation the decisions and their evidence
	 * @return each candidate's tool states, keyed {@code <candidate> <tool>}
	 */
	public static Map<String, AccessState> of(Derivation derivation) {
		Evidence evidence = derivation.facts().evidence();
		Map<String, List<FinishedWeek>> weeks = FinishedWeeks.of(derivation.decisions(), (decision) -> null,
				evidence.rulebooks());
		Map<String, AccessState> states = new TreeMap<>();
		for (Candidate candidate : evidence.roster()) {
			AccessRules.Outcome outcome = AccessRules.evaluate(candidate.id(),
					weeks.getOrDefault(candidate.id(), List.of()), Map.of(),
					denial(candidate, evidence, derivation.appeals()), evidence.asOf());
			for (ToolAccess access : outcome.access()) {
				states.put(candidate.id() + " " + access.tool().key(), access.visible().state());
			}
		}
		return states;
	}

	/**
	 * @param candidate a candidate
	 * @param evidence the night's evidence
	 * @param appeals the appeals upheld before the night
	 * @return the candidate's classification denials tonight, less those an upheld appeal
	 * lifted
	 */
	static AccessRules.Denial denial(Candidate candidate, Evidence evidence, UpheldAppeals appeals) {
		AccessRules.Denial denial = Denials.of(candidate, evidence.seats(), evidence.rulebooks(), evidence.asOf());
		return Denials.of(candidate, evidence.seats(), evidence.rulebooks(), evidence.asOf(),
				appeals.liftedTools(candidate.id(), Denials.position(denial)));
	}

}
