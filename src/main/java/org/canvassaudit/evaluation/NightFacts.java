package org.canvassaudit.evaluation;

import java.util.List;
import java.util.Map;

import org.canvassaudit.rules.Evidence;
import org.canvassaudit.rules.Session;

/**
 * What the warehouse held for one evaluation: the rules' evidence, and where each piece
 * of it came from.
 *
 * @param runId the run the evaluation is for
 * @param evidence the evidence the rules read
 * @param snapshots the reference snapshots used
 * @param sessionSources every record of each session
 * @param declarationSources the rows behind each (candidate, declared date)
 * @param sheetMatches how every sign-in sheet row matched
 */
public record NightFacts(int runId, Evidence evidence, Snapshots snapshots,
		Map<Session, List<SessionSource>> sessionSources, Map<String, List<SessionSource>> declarationSources,
		List<SheetMatch> sheetMatches) {

	/**
	 * @param candidateId a candidate
	 * @param date a declared date
	 * @return the key of {@link #declarationSources()}
	 */
	public static String declarationKey(String candidateId, java.time.LocalDate date) {
		return candidateId + " " + date;
	}

}
