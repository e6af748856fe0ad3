package org.canvassaudit.oracle;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPEC §2's dates and date-times, parsed strictly with regular expressions and
 * {@code java.time} factories, and brought to Europe/London.
 */
final class LondonDates {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private static final Pattern DATE_TIME = Pattern
		.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}:\\d{2})?");

	private LondonDates() {
	}

	/**
	 * Parses a {@code YYYY-MM-DD} date strictly.
	 * @param text the trimmed text
	 * @return the date, or {@code null} when it is not a real date
	 */
	static LocalDate date(String text) {
		Matcher m = DATE.matcher(text);
		if (!m.matches()) {
			return null;
		}
		return of(m.group(1), m.group(2), m.group(3));
	}

	/**
	 * Parses a sheet's text date, UK {@code D/M/YYYY} or {@code YYYY-MM-DD}.
	 * @param text the trimmed text
	 * @return the date, or {@code null} when it is not a real date
	 */
	static LocalDate sheetDate(String text) {
		Matcher m = UK_DATE.matcher(text);
		if (m.matches()) {
			return of(m.group(3), m.group(2), m.group(1));
		}
		return date(text);
	}

	/**
	 * Parses a SPEC §2 date-time: local London time unless it carries {@code Z} or an
	 * offset.
	 * @param text the trimmed text
	 * @return the London date-time, or {@code null} when the text does not parse
	 */
	static ZonedDateTime dateTime(String text) {
		Matcher m = DATE_TIME.matcher(text);
		if (!m.matches()) {
			return null;
		}
		try {
			int nanos = (m.group(7) != null) ? Integer.parseInt((m.group(7) + "00000000").substring(0, 9)) : 0;
			LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
					(m.group(6) != null) ? Integer.parseInt(m.group(6)) : 0, nanos);
			if (m.group(8) == null) {
				return ZonedDateTime.of(local, LONDON);
			}
			ZoneOffset offset = m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
			return local.atOffset(offset).atZoneSameInstant(LONDON);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static LocalDate of(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
