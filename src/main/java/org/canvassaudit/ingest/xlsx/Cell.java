package org.canvassaudit.ingest.xlsx;

import java.math.BigDecimal;

/**
 * One cell's value as the workbook stores it: text, or a number that may be formatted as
 * a date. A formula cell holds its cached result.
 *
 * @param column the zero-based column
 * @param text the text, or {@code null} for a number
 * @param number the number, or {@code null} for text
 * @param dateFormatted whether the number carries a date format
 */
public record Cell(int column, String text, Double number, boolean dateFormatted) {

	/**
	 * @return whether the cell holds anything at all (whitespace counts)
	 */
	public boolean hasValue() {
		return (this.number != null) || (this.text != null && !this.text.isEmpty());
	}

	/**
	 * @return the value as text; a number is read as its plain decimal text, {@code 12.0}
	 * as {@code 12}
	 */
	public String asText() {
		if (this.number == null) {
			return (this.text != null) ? this.text : "";
		}
		return BigDecimal.valueOf(this.number).stripTrailingZeros().toPlainString();
	}

}
