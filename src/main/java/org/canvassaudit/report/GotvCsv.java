package org.canvassaudit.report;

import java.nio.file.Path;
import java.util.List;

import org.canvassaudit.rules.GotvPlan;

/**
 * {@code gotv-<polling_day>.csv}: the get-out-the-vote plan, one row per seat.
 */
final class GotvCsv {

	private GotvCsv() {
	}

	static void write(GotvPlan.Plan plan, Path file) {
		try (CsvOutput csv = CsvOutput.create(file,
				List.of("seat_code", "held", "classification", "gotv_support", "reason"))) {
			for (GotvPlan.Row row : plan.rows()) {
				csv.row(row.seatCode(), row.held(), row.classification(), row.gotvSupport(), row.reason());
			}
		}
	}

}
