package org.canvassaudit.ingest.xlsx;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SheetXmlHandler} on worksheet XML as writers store it: an ISO 8601 date cell
 * ({@code t="d"}, strict OOXML and some writers) comes out as its date, with or without a
 * time of day; anything else in such a cell is passed on as written.
 */
class SheetXmlHandlerTests {

	@Test
	void anIsoDateCellIsItsDateWhateverItsTimeOfDay() throws Exception {
		assertThat(cells("""
				<row r="2">
				<c r="A2" t="d"><v>2024-06-11</v></c>
				<c r="B2" t="d"><v>2024-06-11T00:00:00</v></c>
				<c r="C2" t="d"><v>2024-06-11T23:59:59.999</v></c>
				<c r="D2" t="d"><v>2024-06-11T10:30Z</v></c>
				<c r="E2" t="d"><v>2024-06-11T10:30:00+01:00</v></c>
				<c r="F2" t="d"><v>11 June</v></c>
				<c r="G2" t="d"><v>2024-06-11T25</v></c>
				</row>""")).containsExactly(new Cell(0, "2024-06-11", null, false),
				new Cell(1, "2024-06-11", null, false), new Cell(2, "2024-06-11", null, false),
				new Cell(3, "2024-06-11", null, false), new Cell(4, "2024-06-11", null, false),
				new Cell(5, "11 June", null, false), new Cell(6, "2024-06-11T25", null, false));
	}

	@Test
	void otherCellsAreAsStored() throws Exception {
		assertThat(cells("""
				<row r="3">
				<c r="A3"><v>45446</v></c>
				<c r="B3" t="inlineStr"><is><t>Alice Smith</t></is></c>
				<c r="C3" t="b"><v>1</v></c>
				<c r="D3" t="str"><v>2024-06-11T00:00:00</v></c>
				</row>""")).containsExactly(new Cell(0, null, 45446.0, false), new Cell(1, "Alice Smith", null, false),
				new Cell(2, "TRUE", null, false), new Cell(3, "2024-06-11T00:00:00", null, false));
	}

	private static List<Cell> cells(String rows) throws Exception {
		List<Cell> cells = new ArrayList<>();
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new SheetXmlHandler(null, null, (row, rowCells) -> cells.addAll(rowCells)));
		parser.parse(new InputSource(new StringReader(
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
						+ "</sheetData></worksheet>")));
		return cells;
	}

}
