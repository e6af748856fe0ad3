package org.canvassaudit.warehouse;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.duckdb.DuckDBAppender;

/**
 * Appender calls for values that may be absent, and the fast forms of dates and
 * timestamps.
 */
public final class Appends {

	private Appends() {
	}

	public static void text(DuckDBAppender appender, String value) throws SQLException {
		if (value == null) {
			appender.appendNull();
		}
		else {
			appender.append(value);
		}
	}

	public static void integer(DuckDBAppender appender, Integer value) throws SQLException {
		if (value == null) {
			appender.appendNull();
		}
		else {
			appender.append(value.intValue());
		}
	}

	public static void date(DuckDBAppender appender, LocalDate value) throws SQLException {
		if (value == null) {
			appender.appendNull();
		}
		else {
			appender.appendEpochDays((int) value.toEpochDay());
		}
	}

	/**
	 * @param appender the appender
	 * @param utc a UTC wall-clock time, or {@code null}
	 * @throws SQLException if the appender refuses it
	 */
	public static void timestamp(DuckDBAppender appender, LocalDateTime utc) throws SQLException {
		if (utc == null) {
			appender.appendNull();
		}
		else {
			long seconds = utc.toEpochSecond(ZoneOffset.UTC);
			appender.appendEpochMicros(Math.addExact(Math.multiplyExact(seconds, 1_000_000L), utc.getNano() / 1_000));
		}
	}

	/**
	 * @param appender the appender
	 * @param value text, an integer, a long, a boolean, a date, a UTC timestamp, or
	 * {@code null}
	 * @throws SQLException if the appender refuses it
	 */
	public static void value(DuckDBAppender appender, Object value) throws SQLException {
		if (value == null) {
			appender.appendNull();
		}
		else if (value instanceof String text) {
			appender.append(text);
		}
		else if (value instanceof Integer number) {
			appender.append(number.intValue());
		}
		else if (value instanceof Boolean flag) {
			appender.append(flag.booleanValue());
		}
		else if (value instanceof LocalDate day) {
			date(appender, day);
		}
		else if (value instanceof LocalDateTime utc) {
			timestamp(appender, utc);
		}
		else if (value instanceof Long number) {
			appender.append(number.longValue());
		}
		else {
			throw new IllegalArgumentException("cannot append a " + value.getClass().getSimpleName());
		}
	}

}
