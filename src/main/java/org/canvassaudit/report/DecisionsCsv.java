package org.canvassaudit.report;

import java.nio.file.Path;
import java.util.List;

import org.canvassaudit.evaluation.RecordedDecision;
import org.canvassaudit.rules.Decision;

/**
 * {@code decisions-<as-of>.csv}: one row per candidate and week evaluated, and per
 * frontbencher and ended recess.
 */
final class DecisionsCsv {

	private DecisionsCsv() {
	}

	static void write(List<RecordedDecision> decisions, Path file) {
		try (CsvOutput csv = CsvOutput.create(file, List.of("candidate_id", "week", "rule", "rulebook_version",
				"status", "own_seat_contacts", "twinned_sessions", "required_sessions", "decision_id"))) {
			for (RecordedDecision row : decisions) {
				Decision d = row.decision();
				csv.row(d.candidateId(), d.period(), d.rule(), d.rulebookVersion(), d.status().name(),
						d.ownSeatContacts(), d.twinnedSessions(), d.requiredSessions(), d.decisionId());
			}
		}
	}

}
