package org.canvassaudit.report;

import java.util.List;

import org.canvassaudit.access.AccessChange;

/**
 * The access changes table ({@code access-changes-<as-of>.csv}, sheet
 * {@code Access changes}): the transitions the night recorded, for IT to apply.
 */
final class AccessChangesTable {

	private AccessChangesTable() {
	}

	static Table of(List<AccessChange> changes) {
		return new Table("Access changes",
				List.of("candidate_id", "tool", "from_state", "to_state", "effective", "reason", "decision_id"),
				(sink) -> {
					for (AccessChange change : changes) {
						sink.accept(new Object[] { change.candidateId(), change.tool().key(), change.from().name(),
								change.to().name(), change.effective(), change.reason(), change.decisionId() });
					}
				});
	}

}
