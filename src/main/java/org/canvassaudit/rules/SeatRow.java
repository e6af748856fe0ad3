package org.canvassaudit.rules;

import java.time.LocalDate;

/**
 * One row of a seat's classification history.
 *
 * @param seatCode the seat
 * @param seatName its name
 * @param region its region
 * @param classification {@code battleground}, {@code safe} or {@code unwinnable}
 * @param held whether the party holds it
 * @param validFrom the first day this row is in force
 */
public record SeatRow(String seatCode, String seatName, String region, String classification, boolean held,
		LocalDate validFrom) {
}
