package org.canvassaudit.ingest.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each expected column sits in a file's header. Names match case-insensitively
 * after trimming, in any order; extra columns are ignored.
 */
public final class CsvColumns {

	private final Map<String, Integer> positions;

	private CsvColumns(Map<String, Integer> positions) {
		this.positions = positions;
	}

	/**
	 * Read the header record the reader is on.
	 * @param header a reader positioned on the header record
	 * @param required columns the file must have, once each
	 * @param optional columns the file may have
	 * @return the positions
	 * @throws HeaderException naming the missing or duplicated required columns
	 */
	public static CsvColumns of(CsvReader header, List<String> required, List<String> optional) throws HeaderException {
		Map<String, Integer> positions = new HashMap<>();
		List<String> duplicated = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (!required.contains(name) && !optional.contains(name)) {
				continue;
			}
			if (positions.putIfAbsent(name, i) != null && required.contains(name)) {
				duplicated.add(name);
			}
		}
		if (!duplicated.isEmpty()) {
			throw new HeaderException("required column appears more than once: " + String.join(", ", duplicated));
		}
		List<String> missing = required.stream().filter((name) -> !positions.containsKey(name)).toList();
		if (!missing.isEmpty()) {
			throw new HeaderException("missing required column: " + String.join(", ", missing));
		}
		return new CsvColumns(positions);
	}

	/**
	 * @param column a column name, lower case
	 * @return its position, or -1 when an optional column is absent
	 */
	public int position(String column) {
		return this.positions.getOrDefault(column, -1);
	}

	/**
	 * A header that does not carry the columns a file of its kind needs.
	 */
	public static class HeaderException extends Exception {

		public HeaderException(String message) {
			super(message);
		}

	}

}
