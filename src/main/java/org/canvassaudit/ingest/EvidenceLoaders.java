package org.canvassaudit.ingest;

import java.util.List;

import org.canvassaudit.ingest.LocalTimes.Stamp;
import org.canvassaudit.rules.Slot;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Organise sign-ins and frontbenchers' declarations: small CSV evidence loaded as it
 * comes. Organise attendee names are not kept; the member id is what matches.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceLoaders {

	@Bean
	InputLoader organiseSignInLoader() {
		return new CsvLoader(InputKind.ORGANISE, "organise_row",
				List.of("session_id", "seat_code", "session_start", "attendee_id"),
				List.of("session_end", "activity", "attendee_name", "checked_in_at")) {

			@Override
			Object[] parse(CsvRow row, IngestContext context) throws RowRejection {
				String session = row.required("session_id");
				String seat = row.requiredSeat("seat_code", context.seats());
				Stamp start = row.requiredDateTime("session_start");
				row.optionalDateTime("session_end");
				String activity = row.text("activity");
				String attendee = row.required("attendee_id");
				row.text("attendee_name");
				row.optionalDateTime("checked_in_at");
				return new Object[] { session, seat, start.utc(), start.localDate(), Slot.of(start.localTime()).name(),
						attendee, ReferenceLoaders.orNull(activity) };
			}

		};
	}

	@Bean
	InputLoader declarationLoader() {
		return new CsvLoader(InputKind.DECLARATIONS, "declaration_row", List.of("candidate_id", "declared_date"),
				List.of("target_seat_code", "submitted_at")) {

			@Override
			Object[] parse(CsvRow row, IngestContext context) throws RowRejection {
				String candidate = row.required("candidate_id");
				java.time.LocalDate declared = row.requiredDate("declared_date");
				String seat = row.optionalSeat("target_seat_code", context.seats());
				Stamp submitted = row.optionalDateTime("submitted_at");
				return new Object[] { candidate, declared, seat, (submitted != null) ? submitted.utc() : null,
						(submitted != null) ? submitted.localDate() : null };
			}

		};
	}

}
