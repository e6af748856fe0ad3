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
			String name = expected(header.get(i).strip().toLowerCase(Locale.ROOT), required, optional);
			if (name == null) {
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
	 * The caller's own spelling of a column it expects, so that looking a position up by
	 * that name, as every row does for every column, finds the very same string.
	 */
	private static String expected(String name, List<String> required, List<String> optional) {
		for (List<String> names : List.of(required, optional)) {
			int index = names.indexOf(name);
			if (index >= 0) {
				return names.get(index);
			}
		}
		return null;
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
