package org.canvassaudit.report;

import java.util.Comparator;
import java.util.List;

import org.canvassaudit.access.AccessChange;
import org.canvassaudit.access.AccessLedger;

/**
 * Tonight's access changes, as IT applies them ({@code access-changes-<as-of>.csv}), with
 * the candidate's name so the compliance officer can tell people who they are.
 */
final class HqChanges {

	private HqChanges() {
	}

	// By person, then tool, then date: each tool's story reads in the order it happened.
	static List<Change> of(HqNight night) {
		return new AccessLedger(night.warehouse()).changesOf(night.night().runId())
			.stream()
			.sorted(Comparator.comparing((AccessChange change) -> night.who(change.candidateId()))
				.thenComparing((change) -> change.tool().key())
				.thenComparing(AccessChange::effective))
			.map((change) -> change(night, change))
			.toList();
	}

	private static Change change(HqNight night, AccessChange change) {
		return new Change(night.who(change.candidateId()), change.tool().key(),
				change.from().name() + " → " + change.to().name(), change.effective().toString(), change.reason(),
				change.decisionId());
	}

	/**
	 * One change.
	 *
	 * @param candidate the candidate's name and id
	 * @param tool the tool
	 * @param change the states before and after
	 * @param effective the day it takes effect
	 * @param reason why
	 * @param decisionId the decision behind it, or {@code null}
	 */
	record Change(String candidate, String tool, String change, String effective, String reason, String decisionId) {
	}

}
