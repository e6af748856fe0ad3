package org.canvassaudit.report;

import java.util.Comparator;
import java.util.List;

import org.canvassaudit.access.ToolAccess;
import org.canvassaudit.access.ToolState;

/**
 * The access table ({@code access-<as-of>.csv}, sheet {@code Access}): every candidate
 * and tool, by candidate and tool.
 */
final class AccessTable {

	private AccessTable() {
	}

	static Table of(List<ToolAccess> access) {
		return new Table("Access", List.of("candidate_id", "tool", "state", "since", "reason", "decision_id"),
				(sink) -> access.stream()
					.sorted(Comparator.comparing(ToolAccess::candidateId).thenComparing((row) -> row.tool().key()))
					.forEachOrdered((row) -> {
						ToolState state = row.visible();
						sink.accept(new Object[] { row.candidateId(), row.tool().key(), state.state().name(),
								state.since(), state.reason(), state.decisionId() });
					}));
	}

}
