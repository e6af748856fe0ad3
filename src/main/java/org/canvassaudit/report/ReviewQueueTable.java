package org.canvassaudit.report;

import java.util.List;

import org.canvassaudit.evaluation.ReviewQueue;
import org.canvassaudit.evaluation.SheetMatch;
import org.canvassaudit.evaluation.SheetRow;

/**
 * The review queue table ({@code review-queue-<as-of>.csv}, sheet {@code Review queue}):
 * sign-in rows that count for nobody until a person settles them, with the candidates
 * they may be, and the ones already settled.
 */
final class ReviewQueueTable {

	private ReviewQueueTable() {
	}

	static Table of(List<SheetMatch> matches) {
		return new Table("Review queue", List.of("ref", "file", "sheet", "row", "date", "session", "seat", "name",
				"candidate_id_cell", "suggestions", "status"), (sink) -> {
					for (SheetMatch match : ReviewQueue.of(matches)) {
						SheetRow row = match.row();
						sink.accept(new Object[] { row.ref(), row.path(), row.sheet(), row.row(), row.date(),
								row.slot().name(), row.seatCode(), row.name(), row.candidateIdCell(),
								String.join(";", match.suggestions()), ReviewQueue.status(match) });
					}
				});
	}

}
