package org.canvassaudit.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week, Monday to Sunday, written {@code 2024-W24}.
 *
 * @param monday its Monday
 */
public record IsoWeek(LocalDate monday) implements Comparable<IsoWeek> {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

	public IsoWeek {
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException(monday + " is not a Monday");
		}
	}

	/**
	 * @param date a date
	 * @return the week containing it
	 */
	public static IsoWeek of(LocalDate date) {
		return new IsoWeek(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	/**
	 * @param text a week such as {@code 2024-W24}
	 * @return the week, or {@code null} if the text is not one
	 */
	public static IsoWeek parse(String text) {
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		LocalDate someDay = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1);
		if (week < 1 || week > someDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			return null;
		}
		return of(someDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
	}

	public LocalDate sunday() {
		return this.monday.plusDays(6);
	}

	public IsoWeek next() {
		return new IsoWeek(this.monday.plusWeeks(1));
	}

	/**
	 * @param date a date
	 * @return whether the date falls in this week
	 */
	public boolean contains(LocalDate date) {
		return !date.isBefore(this.monday) && !date.isAfter(sunday());
	}

	@Override
	public int compareTo(IsoWeek other) {
		return this.monday.compareTo(other.monday);
	}

	@Override
	public String toString() {
		return String.format("%d-W%02d", this.monday.get(IsoFields.WEEK_BASED_YEAR),
				this.monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}
