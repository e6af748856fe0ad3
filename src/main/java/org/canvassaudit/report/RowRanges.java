package org.canvassaudit.report;

import java.util.List;

/**
 * Row numbers written compactly, {@code 2-45, 47, 49-80}, so a candidate can find every
 * row without a page per row.
 */
final class RowRanges {

	private RowRanges() {
	}

	static String of(List<Integer> sortedRows) {
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < sortedRows.size()) {
			int start = sortedRows.get(i);
			int end = start;
			while (i + 1 < sortedRows.size() && sortedRows.get(i + 1) == end + 1) {
				end = sortedRows.get(++i);
			}
			text.append((text.length() > 0) ? ", " : "").append(start);
			if (end > start) {
				text.append('-').append(end);
			}
			i++;
		}
		return text.toString();
	}

}
