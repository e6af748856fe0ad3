package org.canvassaudit.report;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.canvassaudit.access.AccessChange;
import org.canvassaudit.access.ToolAccess;
import org.canvassaudit.access.ToolState;

/**
 * {@code access-<as-of>.csv}, every candidate and tool, and
 * {@code access-changes-<as-of>.csv}, the transitions the night recorded for IT to apply.
 */
final class AccessCsv {

	private AccessCsv() {
	}

	static void writeAccess(List<ToolAccess> access, Path file) {
		List<ToolAccess> sorted = access.stream()
			.sorted(Comparator.comparing(ToolAccess::candidateId).thenComparing((row) -> row.tool().key()))
			.toList();
		try (CsvOutput csv = CsvOutput.create(file,
				List.of("candidate_id", "tool", "state", "since", "reason", "decision_id"))) {
			for (ToolAccess row : sorted) {
				ToolState state = row.visible();
				csv.row(row.candidateId(), row.tool().key(), state.state().name(), state.since(), state.reason(),
						state.decisionId());
			}
		}
	}

	static void writeChanges(List<AccessChange> changes, Path file) {
		try (CsvOutput csv = CsvOutput.create(file,
				List.of("candidate_id", "tool", "from_state", "to_state", "effective", "reason", "decision_id"))) {
			for (AccessChange change : changes) {
				csv.row(change.candidateId(), change.tool().key(), change.from().name(), change.to().name(),
						change.effective(), change.reason(), change.decisionId());
			}
		}
	}

}
