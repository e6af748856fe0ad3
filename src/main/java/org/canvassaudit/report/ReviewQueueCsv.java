package org.canvassaudit.report;

import java.nio.file.Path;
import java.util.List;

import org.canvassaudit.evaluation.ReviewQueue;
import org.canvassaudit.evaluation.SheetMatch;
import org.canvassaudit.evaluation.SheetRow;

/**
 * {@code review-queue-<as-of>.csv}: sign-in rows that count for nobody until a person
 * settles them, with the candidates they may be, and the ones already settled.
 */
final class ReviewQueueCsv {

	private ReviewQueueCsv() {
	}

	static void write(List<SheetMatch> matches, Path file) {
		List<SheetMatch> queue = ReviewQueue.of(matches);
		try (CsvOutput csv = CsvOutput.create(file, List.of("ref", "file", "sheet", "row", "date", "session", "seat",
				"name", "candidate_id_cell", "suggestions", "status"))) {
			for (SheetMatch match : queue) {
				SheetRow row = match.row();
				csv.row(row.ref(), row.path(), row.sheet(), row.row(), row.date(), row.slot().name(), row.seatCode(),
						row.name(), row.candidateIdCell(), String.join(";", match.suggestions()),
						ReviewQueue.status(match));
			}
		}
	}

}
