package org.canvassaudit.ingest;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.canvassaudit.warehouse.Appends;
import org.duckdb.DuckDBAppender;

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
			void append(CsvRow row, DuckDBAppender appender, LoadTarget target) throws RowRejection, SQLException {
				String seat = row.required("seat_code");
				String name = row.text("seat_name");
				String region = row.text("region");
				String classification = row.requiredCode("classification", Codes.CLASSIFICATIONS);
				boolean held = Boolean.parseBoolean(row.requiredCode("held", Codes.BOOLEANS));
				LocalDate validFrom = row.requiredDate("valid_from");
				appender.beginRow().append(target.fileSeq()).append(row.row()).append(seat);
				Appends.text(appender, name);
				Appends.text(appender, region);
				appender.append(classification).append(held);
				Appends.date(appender, validFrom);
				appender.endRow();
			}

		};
	}

	@Bean
	InputLoader candidatesLoader() {
		return new CsvLoader(InputKind.CANDIDATES, "candidate_row",
				List.of("candidate_id", "full_name", "seat_code", "role", "email"), List.of()) {

			@Override
			void append(CsvRow row, DuckDBAppender appender, LoadTarget target) throws RowRejection, SQLException {
				String id = row.required("candidate_id");
				String name = row.required("full_name");
				String seat = row.requiredSeat("seat_code", target.context().seats());
				String role = row.requiredCode("role", Codes.ROLES);
				String email = row.text("email");
				appender.beginRow().append(target.fileSeq()).append(row.row()).append(id).append(name).append(seat);
				appender.append(role);
				Appends.text(appender, email.isEmpty() ? null : email);
				appender.endRow();
			}

		};
	}

	@Bean
	InputLoader twinningLoader() {
		return new CsvLoader(InputKind.TWINNING, "twinning_row",
				List.of("candidate_id", "target_seat_code", "valid_from", "valid_to"), List.of()) {

			@Override
			void append(CsvRow row, DuckDBAppender appender, LoadTarget target) throws RowRejection, SQLException {
				String id = row.required("candidate_id");
				String seat = row.requiredSeat("target_seat_code", target.context().seats());
				LocalDate from = row.requiredDate("valid_from");
				LocalDate to = row.optionalDate("valid_to");
				appender.beginRow().append(target.fileSeq()).append(row.row()).append(id).append(seat);
				Appends.date(appender, from);
				Appends.date(appender, to);
				appender.endRow();
			}

		};
	}

	@Bean
	InputLoader recessLoader() {
		return new CsvLoader(InputKind.RECESS, "recess_row", List.of("name", "start_date", "end_date"), List.of()) {

			@Override
			void append(CsvRow row, DuckDBAppender appender, LoadTarget target) throws RowRejection, SQLException {
				String name = row.required("name");
				LocalDate start = row.requiredDate("start_date");
				LocalDate end = row.requiredDate("end_date");
				appender.beginRow().append(target.fileSeq()).append(row.row()).append(name);
				Appends.date(appender, start);
				Appends.date(appender, end);
				appender.endRow();
			}

		};
	}

}
