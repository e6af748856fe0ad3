package org.canvassaudit.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.canvassaudit.warehouse.Warehouse;

/**
 * Every seat code in any seats snapshot held, matched case-insensitively and written back
 * in the spelling of the latest snapshot that has it.
 */
final class SeatCodes {

	private final Map<String, String> canonical = new HashMap<>();

	/** Spellings already seen, so the hot path skips lower-casing. */
	private final Map<String, String> asWritten = new HashMap<>();

	static SeatCodes load(Warehouse warehouse) {
		SeatCodes codes = new SeatCodes();
		warehouse.jdbc().query("SELECT seat_code FROM seat_row ORDER BY file_seq, row_no", (row) -> {
			codes.canonical.put(row.getString(1).toLowerCase(Locale.ROOT), row.getString(1));
		});
		return codes;
	}

	/**
	 * @param code a trimmed seat code as written in an input
	 * @return the canonical spelling, or {@code null} if no seats snapshot has it
	 */
	String canonical(String code) {
		String known = this.asWritten.get(code);
		if (known == null) {
			known = this.canonical.get(code.toLowerCase(Locale.ROOT));
			if (known != null) {
				this.asWritten.put(code, known);
			}
		}
		return known;
	}

}
