package org.canvassaudit.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

	private static final Map<LocalDate, Optional<ZoneOffset>> STEADY = new ConcurrentHashMap<>();

	private LocalTimes() {
	}

	/**
	 * @param text a trimmed value
	 * @return the date, or {@code null} if it is not a valid {@code YYYY-MM-DD}
	 */
	public static LocalDate date(String text) {
		return (text.length() == 10) ? date(text, 0) : null;
	}

	/**
	 * @param text text holding ten characters from {@code from}
	 * @param from where the date starts
	 * @return the date written there, or {@code null} if it is not a valid
	 * {@code YYYY-MM-DD}
	 */
	private static LocalDate date(String text, int from) {
		if (text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
			return null;
		}
		int year = digits(text, from, 4);
		int month = digits(text, from + 5, 2);
		int day = digits(text, from + 8, 2);
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
		LocalDate date = date(text, 0);
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
				while (end < length && end - at <= 9 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
					end++;
				}
				if (end == at + 1) {
					return null;
				}
				nanos = digits(text, at + 1, end - at - 1);
				for (int scale = end - at - 1; scale < 9; scale++) {
					nanos *= 10;
				}
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
		return zoned(LocalDateTime.of(date, time), text, at);
	}

	/**
	 * @param written the date-time as written
	 * @param text the whole value
	 * @param zoneAt where its zone starts, if it has one
	 */
	private static Stamp zoned(LocalDateTime written, String text, int zoneAt) {
		if (zoneAt == text.length()) {
			ZoneOffset steady = steadyOffset(written.toLocalDate());
			if (steady != null) {
				return new Stamp(written.minusSeconds(steady.getTotalSeconds()), written.toLocalDate(),
						written.toLocalTime());
			}
			return stamp(ZonedDateTime.of(written, LONDON));
		}
		ZoneOffset offset = offset(text, zoneAt);
		if (offset == null) {
			return null;
		}
		LocalDateTime utc = written.minusSeconds(offset.getTotalSeconds());
		ZoneOffset steady = steadyOffset(utc.toLocalDate());
		if (steady != null) {
			LocalDateTime local = utc.plusSeconds(steady.getTotalSeconds());
			return new Stamp(utc, local.toLocalDate(), local.toLocalTime());
		}
		return stamp(written.atOffset(offset).atZoneSameInstant(LONDON));
	}

	private static Stamp stamp(ZonedDateTime local) {
		LocalDateTime utc = LocalDateTime.ofInstant(local.toInstant(), ZoneOffset.UTC);
		return new Stamp(utc, local.toLocalDate(), local.toLocalTime());
	}

	/**
	 * London's offset on a day far enough from a clock change that it holds from the day
	 * before to the day after, whichever of UTC or local time the day is counted in;
	 * {@code null} near a clock change, where the full zone rules decide. Cached: exports
	 * hold a handful of days.
	 * @param date a date
	 * @return the offset, or {@code null}
	 */
	private static ZoneOffset steadyOffset(LocalDate date) {
		return STEADY.computeIfAbsent(date, (day) -> {
			ZoneRules rules = LONDON.getRules();
			Instant from = day.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			ZoneOffsetTransition next = rules.nextTransition(from);
			boolean steady = next == null
					|| next.getInstant().isAfter(day.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC));
			return Optional.ofNullable(steady ? rules.getOffset(from) : null);
		}).orElse(null);
	}

	private static ZoneOffset offset(String text, int at) {
		int length = text.length() - at;
		if (length == 1 && text.charAt(at) == 'Z') {
			return ZoneOffset.UTC;
		}
		char sign = text.charAt(at);
		if (length != 6 || text.charAt(at + 3) != ':' || (sign != '+' && sign != '-')) {
			return null;
		}
		int hours = digits(text, at + 1, 2);
		int minutes = digits(text, at + 4, 2);
		if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
			return null;
		}
		int signum = (sign == '-') ? -1 : 1;
		try {
			return ZoneOffset.ofHoursMinutes(signum * hours, signum * minutes);
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
