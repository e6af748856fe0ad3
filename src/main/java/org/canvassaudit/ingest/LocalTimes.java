package org.canvassaudit.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Strict parsing of the spec's dates and date-times, and their Europe/London local date:
 * the calendar every rule counts in.
 * <p>
 * Dates are {@code YYYY-MM-DD}. Date-times are {@code YYYY-MM-DDTHH:MM[:SS[.fff]]} with
 * an optional {@code Z} or {@code ±HH:MM}; without one they are London local time, and a
 * time a clock change skips or repeats resolves as {@link ZonedDateTime#of} does.
 * Anything else, or a day that does not exist (31 February), does not parse.
 */
public final class LocalTimes {

	/** The campaign's clock. */
	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private LocalTimes() {
	}

	/**
	 * @param text a trimmed value
	 * @return the date, or {@code null} if it is not a valid {@code YYYY-MM-DD}
	 */
	public static LocalDate date(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		if (year < 0 || month < 0 || day < 0) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * @param text a trimmed value
	 * @return the instant and its London local date and time, or {@code null} if it does
	 * not parse
	 */
	public static Stamp dateTime(String text) {
		int length = text.length();
		if (length < 16 || text.charAt(10) != 'T' || text.charAt(13) != ':') {
			return null;
		}
		LocalDate date = date(text.substring(0, 10));
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		if (date == null || hour < 0 || minute < 0) {
			return null;
		}
		int second = 0;
		int nanos = 0;
		int at = 16;
		if (at < length && text.charAt(at) == ':') {
			second = digits(text, at + 1, 2);
			at += 3;
			if (second < 0) {
				return null;
			}
			if (at < length && text.charAt(at) == '.') {
				int end = at + 1;
				while (end < length && Character.isDigit(text.charAt(end)) && end - at <= 9) {
					end++;
				}
				if (end == at + 1) {
					return null;
				}
				nanos = Integer.parseInt((text.substring(at + 1, end) + "00000000").substring(0, 9));
				at = end;
			}
		}
		LocalTime time;
		try {
			time = LocalTime.of(hour, minute, second, nanos);
		}
		catch (DateTimeException ex) {
			return null;
		}
		return zoned(LocalDateTime.of(date, time), text.substring(at));
	}

	private static Stamp zoned(LocalDateTime written, String zone) {
		ZonedDateTime local;
		if (zone.isEmpty()) {
			local = ZonedDateTime.of(written, LONDON);
		}
		else {
			ZoneOffset offset = offset(zone);
			if (offset == null) {
				return null;
			}
			local = written.atOffset(offset).atZoneSameInstant(LONDON);
		}
		LocalDateTime utc = LocalDateTime.ofInstant(local.toInstant(), ZoneOffset.UTC);
		return new Stamp(utc, local.toLocalDate(), local.toLocalTime());
	}

	private static ZoneOffset offset(String zone) {
		if (zone.equals("Z")) {
			return ZoneOffset.UTC;
		}
		if (zone.length() != 6 || zone.charAt(3) != ':' || (zone.charAt(0) != '+' && zone.charAt(0) != '-')) {
			return null;
		}
		int hours = digits(zone, 1, 2);
		int minutes = digits(zone, 4, 2);
		if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
			return null;
		}
		int sign = (zone.charAt(0) == '-') ? -1 : 1;
		try {
			return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * @param text text
	 * @param from first index
	 * @param count how many characters
	 * @return the decimal value of exactly {@code count} ASCII digits, or -1
	 */
	static int digits(String text, int from, int count) {
		if (from + count > text.length()) {
			return -1;
		}
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/**
	 * A parsed date-time.
	 *
	 * @param utc the instant, as a UTC wall-clock time (what the warehouse stores)
	 * @param localDate the London calendar date
	 * @param localTime the London clock time
	 */
	public record Stamp(LocalDateTime utc, LocalDate localDate, LocalTime localTime) {
	}

}
