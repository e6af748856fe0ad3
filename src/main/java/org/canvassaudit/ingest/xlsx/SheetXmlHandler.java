package org.canvassaudit.ingest.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler over one worksheet's XML that hands rows on as it reads them, so memory
 * stays bounded however long the sheet is. It reads shared, inline and formula strings,
 * booleans, errors, ISO dates and numbers, and tells date-formatted numbers apart by
 * their style.
 */
final class SheetXmlHandler extends DefaultHandler {

	private static final Pattern ISO_DATE_TIME = Pattern
		.compile("(\\d{4}-\\d{2}-\\d{2})T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");

	private final SharedStrings strings;

	private final StylesTable styles;

	private final SheetRowHandler handler;

	private final StringBuilder value = new StringBuilder();

	private final List<Cell> cells = new ArrayList<>();

	private int rowNumber;

	private int column;

	private String type;

	private int style;

	private boolean inValue;

	private boolean inInlineText;

	SheetXmlHandler(SharedStrings strings, StylesTable styles, SheetRowHandler handler) {
		this.strings = strings;
		this.styles = styles;
		this.handler = handler;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> startRow(attributes.getValue("r"));
			case "c" -> startCell(attributes);
			case "v" -> startValue(false);
			case "t" -> {
				if ("inlineStr".equals(this.type)) {
					startValue(true);
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "v", "t" -> {
				this.inValue = false;
				this.inInlineText = false;
			}
			case "c" -> endCell();
			case "row" -> this.handler.row(this.rowNumber, List.copyOf(this.cells));
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.inValue || this.inInlineText) {
			this.value.append(ch, start, length);
		}
	}

	private void startRow(String reference) {
		this.rowNumber = (reference != null) ? Integer.parseInt(reference) : this.rowNumber + 1;
		this.cells.clear();
		this.column = -1;
	}

	private void startCell(Attributes attributes) {
		String reference = attributes.getValue("r");
		this.column = (reference != null) ? columnOf(reference) : this.column + 1;
		this.type = attributes.getValue("t");
		String styleIndex = attributes.getValue("s");
		this.style = (styleIndex != null) ? Integer.parseInt(styleIndex) : -1;
		this.value.setLength(0);
	}

	private void startValue(boolean inline) {
		this.inValue = !inline;
		this.inInlineText = inline;
	}

	private void endCell() {
		String raw = this.value.toString();
		Cell cell = toCell(raw);
		if (cell != null && cell.hasValue()) {
			this.cells.add(cell);
		}
	}

	private Cell toCell(String raw) {
		String cellType = (this.type != null) ? this.type : "n";
		return switch (cellType) {
			case "s" -> raw.isEmpty() ? null : new Cell(this.column,
					this.strings.getItemAt(Integer.parseInt(raw.trim())).getString(), null, false);
			case "inlineStr", "str", "e" -> new Cell(this.column, raw, null, false);
			case "d" -> new Cell(this.column, isoDate(raw), null, false);
			case "b" -> new Cell(this.column, "1".equals(raw.trim()) ? "TRUE" : "FALSE", null, false);
			default -> raw.isBlank() ? null : new Cell(this.column, null, Double.parseDouble(raw), isDateStyle());
		};
	}

	/**
	 * An ISO 8601 date cell (strict OOXML, and some writers) holds its date as text,
	 * without the time of day, which no more moves the date than a serial's fraction
	 * does.
	 */
	private static String isoDate(String raw) {
		Matcher dateTime = ISO_DATE_TIME.matcher(raw.strip());
		return dateTime.matches() ? dateTime.group(1) : raw;
	}

	private boolean isDateStyle() {
		if (this.style < 0 || this.styles == null || this.style >= this.styles.getNumCellStyles()) {
			return false;
		}
		XSSFCellStyle cellStyle = this.styles.getStyleAt(this.style);
		return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
	}

	/**
	 * @param reference a cell reference such as {@code AB12}
	 * @return its zero-based column
	 */
	static int columnOf(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

}
