package org.canvassaudit.report;

import java.util.Arrays;
import java.util.List;

/**
 * One line of an evidence pack: the section it belongs to, the layout its band uses in
 * {@code reports/evidence-pack.jrxml}, the column headings of that layout and its cells.
 *
 * @param section the section's title (the report groups on it)
 * @param layout {@code kv}, {@code text}, {@code yaml}, {@code contacts},
 * {@code sessions}, {@code seats}, {@code twinning}, {@code timeline} or {@code audit}
 * @param headings the column headings, empty for layouts without any
 * @param cells the cells, left to right
 */
record EvidencePackLine(String section, String layout, List<String> headings, List<String> cells) {

	static EvidencePackLine keyValue(String section, String label, String value) {
		return new EvidencePackLine(section, "kv", List.of(), Arrays.asList(label, value));
	}

	static EvidencePackLine text(String section, String text) {
		return new EvidencePackLine(section, "text", List.of(), Arrays.asList(text));
	}

	static EvidencePackLine yaml(String section, String text) {
		return new EvidencePackLine(section, "yaml", List.of(), Arrays.asList(text));
	}

	/**
	 * @param section the section
	 * @param layout a table layout
	 * @param headings its headings
	 * @param cells the row's cells (a {@code null} cell prints blank)
	 * @return a table row
	 */
	static EvidencePackLine row(String section, String layout, List<String> headings, String... cells) {
		return new EvidencePackLine(section, layout, headings, Arrays.asList(cells));
	}

	/**
	 * The report's fields are all plain references, so it compiles without generating an
	 * expression class: one Boolean field per layout says which band prints.
	 * @param field a field of the report: {@code section}, {@code c1} to {@code c6},
	 * {@code h1} to {@code h6}, or a layout's name
	 * @return its value here, or {@code null}
	 */
	Object field(String field) {
		if ("section".equals(field)) {
			return this.section;
		}
		if (field.length() == 2 && (field.charAt(0) == 'c' || field.charAt(0) == 'h')
				&& Character.isDigit(field.charAt(1))) {
			List<String> from = (field.charAt(0) == 'h') ? this.headings : this.cells;
			int index = field.charAt(1) - '1';
			return (index < from.size()) ? from.get(index) : null;
		}
		return this.layout.equals(field);
	}

}
