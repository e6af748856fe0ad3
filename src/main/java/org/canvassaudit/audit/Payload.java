package org.canvassaudit.audit;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Canonical event content: a compact JSON object whose keys keep the order given. The
 * same values always give the same text, so the verifier can rebuild a payload from a
 * table row and compare it with what the chain sealed.
 */
public final class Payload {

	private Payload() {
	}

	/**
	 * @param keysAndValues alternating keys and values; values are written with
	 * {@link String#valueOf(Object)}, {@code null} as JSON null
	 * @return the JSON text
	 */
	public static String of(Object... keysAndValues) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (i > 0) {
				json.append(',');
			}
			quote(json, String.valueOf(keysAndValues[i]));
			json.append(':');
			Object value = keysAndValues[i + 1];
			if (value == null) {
				json.append("null");
			}
			else if (value instanceof Number || value instanceof Boolean) {
				json.append(value);
			}
			else {
				quote(json, String.valueOf(value));
			}
		}
		return json.append('}').toString();
	}

	/**
	 * @param row a result set row
	 * @return the row's canonical payload: every column by its label, values as text
	 * @throws SQLException when the row cannot be read
	 */
	public static String ofRow(ResultSet row) throws SQLException {
		ResultSetMetaData columns = row.getMetaData();
		Object[] keysAndValues = new Object[columns.getColumnCount() * 2];
		for (int i = 0; i < columns.getColumnCount(); i++) {
			keysAndValues[2 * i] = columns.getColumnLabel(i + 1);
			Object value = row.getObject(i + 1);
			keysAndValues[2 * i + 1] = (value != null) ? value.toString() : null;
		}
		return of(keysAndValues);
	}

	/**
	 * @param json where to write
	 * @param text text to write as a JSON string
	 */
	public static void quote(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
