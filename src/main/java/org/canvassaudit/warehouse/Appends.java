package org.canvassaudit.warehouse;

import java.sql.SQLException;
import java.time.LocalDate;

import org.duckdb.DuckDBAppender;

/**
 * Appender calls for values that may be absent, and the fast form of dates.
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

}
