package org.canvassaudit.report;

import java.util.List;

import org.canvassaudit.evaluation.RecordedDecision;
import org.canvassaudit.rules.Decision;

/**
 * The decisions table ({@code decisions-<as-of>.csv}, sheet {@code Decisions}): one row
 * per candidate and week evaluated, and per frontbencher and ended recess.
 */
final class DecisionsTable {

	private DecisionsTable() {
	}

	static Table of(List<RecordedDecision> decisions) {
		return new Table("Decisions", List.of("candidate_id", "week", "rule", "rulebook_version", "status",
				"own_seat_contacts", "twinned_sessions", "required_sessions", "decision_id"), (sink) -> {
					for (RecordedDecision row : decisions) {
						Decision d = row.decision();
						sink.accept(new Object[] { d.candidateId(), d.period(), d.rule(), d.rulebookVersion(),
								d.status().name(), d.ownSeatContacts(), d.twinnedSessions(), d.requiredSessions(),
								d.decisionId() });
					}
				});
	}

}
