package org.canvassaudit.ingest;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The four reference snapshots. Each file is a complete snapshot, stored as a new version
 * beside the old ones; which one governs is decided at evaluation.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceLoaders {

	@Bean
	InputLoader seatsLoader() {
		return new CsvLoader(InputKind.SEATS, "seat_row",
				List.of("seat_code", "seat_name", "region", "classification", "held", "valid_from"), List.of()) {

			@Override
			Object[] parse(CsvRow row, IngestContext context) throws RowRejection {
				return new Object[] { row.required("seat_code"), orNull(row.text("seat_name")),
						orNull(row.text("region")), row.requiredCode("classification", Codes.CLASSIFICATIONS),
						Boolean.parseBoolean(row.requiredCode("held", Codes.BOOLEANS)),
						row.requiredDate("valid_from") };
			}

		};
	}

	@Bean
	InputLoader candidatesLoader() {
		return new CsvLoader(InputKind.CANDIDATES, "candidate_row",
				List.of("candidate_id", "full_name", "seat_code", "role", "email"), List.of()) {

			@Override
			Object[] parse(CsvRow row, IngestContext context) throws RowRejection {
				return new Object[] { row.required("candidate_id"), row.required("full_name"),
						row.requiredSeat("seat_code", context.seats()), row.requiredCode("role", Codes.ROLES),
						orNull(row.text("email")) };
			}

		};
	}

	@Bean
	InputLoader twinningLoader() {
		return new CsvLoader(InputKind.TWINNING, "twinning_row",
				List.of("candidate_id", "target_seat_code", "valid_from", "valid_to"), List.of()) {

			@Override
			Object[] parse(CsvRow row, IngestContext context) throws RowRejection {
				return new Object[] { row.required("candidate_id"),
						row.requiredSeat("target_seat_code", context.seats()), row.requiredDate("valid_from"),
						row.optionalDate("valid_to") };
			}

		};
	}

	@Bean
	InputLoader recessLoader() {
		return new CsvLoader(InputKind.RECESS, "recess_row", List.of("name", "start_date", "end_date"), List.of()) {

			@Override
			Object[] parse(CsvRow row, IngestContext context) throws RowRejection {
				return new Object[] { row.required("name"), row.requiredDate("start_date"),
						row.requiredDate("end_date") };
			}

		};
	}

	static String orNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
