package org.canvassaudit.report;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * One line of a list of figures in the HQ report: what is counted, and the figure.
 *
 * @param label what is counted
 * @param figure the figure, already worded ("1,204", "3 of 5", a date)
 */
record HqFigure(String label, String figure) {

	static HqFigure of(String label, long count) {
		return new HqFigure(label, count(count));
	}

	/**
	 * @param count a count
	 * @return it with thousands separated, as the report's tables print numbers
	 */
	static String count(long count) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(count);
	}

}
