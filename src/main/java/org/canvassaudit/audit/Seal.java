package org.canvassaudit.audit;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.canvassaudit.warehouse.Warehouse;

/**
 * A table whose rows the audit trail seals: each row has one event of {@code eventType}
 * whose payload is the row's canonical text. The writer and the verifier build that text
 * with the same query, so any later edit of the row shows.
 *
 * @param eventType the type of the sealing events
 * @param query a query whose first column is the row's key and whose columns make the
 * payload; it may end in a {@code WHERE} clause to which a filter is added with
 * {@code AND}
 * @param order what to order the rows by
 */
public record Seal(String eventType, String query, String order) {

	/**
	 * @param warehouse the warehouse
	 * @param filter an extra condition, or {@code null} for every row
	 * @param arguments the condition's parameters
	 * @return each row's key and payload
	 */
	public List<Sealed> payloads(Warehouse warehouse, String filter, Object... arguments) {
		String sql = "SELECT * FROM (" + this.query + ") AS sealed" + ((filter == null) ? "" : " WHERE " + filter)
				+ " ORDER BY " + this.order;
		List<Sealed> rows = new ArrayList<>();
		warehouse.jdbc().query(sql, (ResultSet row) -> {
			rows.add(new Sealed(row.getString(1), Payload.ofRow(row)));
		}, arguments);
		return rows;
	}

	/**
	 * @param payload an event payload written by {@link Payload#ofRow}
	 * @return the row key it seals (its first value)
	 */
	public static String keyOf(String payload) {
		int colon = payload.indexOf("\":");
		if (colon < 0) {
			return null;
		}
		int start = colon + 2;
		if (payload.startsWith("null", start)) {
			return null;
		}
		int end = payload.indexOf('"', start + 1);
		return (payload.charAt(start) == '"' && end > start) ? payload.substring(start + 1, end) : null;
	}

	/**
	 * A sealed row.
	 *
	 * @param key its key
	 * @param payload its canonical text
	 */
	public record Sealed(String key, String payload) {
	}

}
