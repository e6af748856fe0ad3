package org.canvassaudit.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What {@link InboxGenerator} should write: everything in the inbox follows from these
 * values, so the same settings always give the same inbox.
 *
 * @param seed seed of every random choice
 * @param seats number of parliamentary seats (at least 3: a third are battlegrounds)
 * @param weeks number of campaign weeks with evidence
 * @param contactsPerSeatWeek average distinct voter contacts per seat and week
 * @param firstMonday first day of the first week
 * @param candidates number of candidates; zero or less means one per seat
 * @param attendanceWorkbooks number of sign-in workbooks
 * @param withFaults whether to add the rejected rows and the quarantined and ignored
 * files
 */
public record GeneratorSettings(long seed, int seats, int weeks, int contactsPerSeatWeek, LocalDate firstMonday,
		int candidates, int attendanceWorkbooks, boolean withFaults) {

	/**
	 * Checks the settings and fills in the default number of candidates.
	 */
	public GeneratorSettings {
		if (seats < 3) {
			throw new IllegalArgumentException("seats must be at least 3, was " + seats);
		}
		if (weeks < 1 || contactsPerSeatWeek < 1 || attendanceWorkbooks < 0) {
			throw new IllegalArgumentException(
					"weeks and contactsPerSeatWeek must be positive, workbooks not negative");
		}
		if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("firstMonday must be a Monday, was " + firstMonday);
		}
		candidates = (candidates > 0) ? candidates : seats;
	}

	/**
	 * Settings with one candidate per seat.
	 * @param seed seed of every random choice
	 * @param seats number of seats
	 * @param weeks number of weeks
	 * @param contactsPerSeatWeek average distinct contacts per seat and week
	 * @param workbooks number of attendance workbooks
	 * @param withFaults whether to add faulty rows and files
	 * @return the settings
	 */
	public static GeneratorSettings of(long seed, int seats, int weeks, int contactsPerSeatWeek, int workbooks,
			boolean withFaults) {
		return new GeneratorSettings(seed, seats, weeks, contactsPerSeatWeek, LocalDate.of(2024, 6, 3), 0, workbooks,
				withFaults);
	}

	/**
	 * The committed sample inbox under {@code sample-data/inbox}: 18 seats (each of the
	 * ten scenarios once, plus battlegrounds and quiet seats), five weeks from Monday 3
	 * June 2024, five sign-in workbooks, faults on. An average of 350 contacts a
	 * seat-week keeps the committed files near 2 MB while the busy safe and unwinnable
	 * seats count some 510 contacts a week, over the 500 threshold.
	 * @return the sample settings
	 */
	public static GeneratorSettings sample() {
		return of(20240603L, 18, 5, 350, 5, true);
	}

}
