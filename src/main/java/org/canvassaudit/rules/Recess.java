package org.canvassaudit.rules;

import java.time.LocalDate;

/**
 * A parliamentary recess, both dates inclusive.
 *
 * @param name its name
 * @param startDate the first day
 * @param endDate the last day
 */
public record Recess(String name, LocalDate startDate, LocalDate endDate) {

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.startDate) && !date.isAfter(this.endDate);
	}

}
