package org.canvassaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canvassaudit.access.AccessChange;
import org.canvassaudit.access.AccessState;
import org.canvassaudit.access.ToolAccess;
import org.canvassaudit.access.ToolState;
import org.canvassaudit.evaluation.RecordedDecision;
import org.canvassaudit.evaluation.SheetMatch;
import org.canvassaudit.evaluation.SheetMatch.Outcome;
import org.canvassaudit.evaluation.SheetRow;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Slot;
import org.canvassaudit.rules.Status;
import org.canvassaudit.rules.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 {@code decisions-<as-of>.xlsx}: each table written once as its CSV and as its
 * sheet, read back with POI.
 */
class DecisionsWorkbookTests {

	private static final LocalDate JUNE_10 = LocalDate.of(2024, 6, 10);

	@TempDir
	Path temp;

	// The sheets come in the order written, each with the CSV's header and rows: a bold
	// header frozen above the rows, filters over header and rows, and typed cells.
	@Test
	void writesEachTableAsASheetWithTheRowsOfItsCsv() throws IOException {
		Path file = writeNight(tables(), new DecisionsWorkbook());
		try (XSSFWorkbook workbook = WorkbookCells.open(file)) {
			assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
				.containsExactly("Decisions", "Access", "Access changes", "Review queue");
			for (XSSFSheet sheet : sheets(workbook)) {
				List<List<String>> csv = WorkbookCells.csv(this.temp.resolve(sheet.getSheetName() + ".csv"));
				assertThat(WorkbookCells.shown(sheet)).as(sheet.getSheetName()).isEqualTo(csv);
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
				assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
				Cell firstHeader = sheet.getRow(0).getCell(0);
				assertThat(workbook.getFontAt(firstHeader.getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			assertThat(rowCounts(workbook)).containsExactly(2, 2, 2, 1);
			assertThat(filters(workbook)).containsExactly("A1:I3", "A1:F3", "A1:G3", "A1:K2");
		}
	}

	// Numbers are number cells, dates real dates shown as yyyy-mm-dd, and an empty value
	// no text at all; the recess row has no own-seat contacts.
	@Test
	void writesNumbersDatesAndBlanksAsTypedCells() throws IOException {
		Path file = writeNight(tables(), new DecisionsWorkbook());
		try (XSSFWorkbook workbook = WorkbookCells.open(file)) {
			XSSFSheet decisions = workbook.getSheet("Decisions");
			assertThat(decisions.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(decisions.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1.0);
			assertThat(decisions.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3.0);
			assertThat(decisions.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Summer recess");
			assertThat(decisions.getRow(2).getCell(5).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(decisions.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(4.0);

			Cell since = workbook.getSheet("Access").getRow(1).getCell(3);
			assertThat(since.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
			assertThat(since.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(since.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(JUNE_10);
			// C2's tool was never changed: since, reason and decision_id are blank.
			assertThat(IntStream.rangeClosed(3, 5)
				.mapToObj((i) -> workbook.getSheet("Access").getRow(2).getCell(i).getCellType()))
				.containsOnly(CellType.BLANK);

			Cell effective = workbook.getSheet("Access changes").getRow(2).getCell(4);
			assertThat(DateUtil.isCellDateFormatted(effective)).isTrue();
			assertThat(effective.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 17));
			Cell reviewDate = workbook.getSheet("Review queue").getRow(1).getCell(4);
			assertThat(DateUtil.isCellDateFormatted(reviewDate)).isTrue();
			assertThat(reviewDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 5));
			assertThat(workbook.getSheet("Review queue").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(7.0);
		}
	}

	// A name written as a formula on a sign-in sheet is text in the workbook, shown with
	// the CSV's leading ' so it stays harmless when copied elsewhere; no cell is a
	// formula.
	@Test
	void neutralisesTextASpreadsheetWouldRunAsAFormula() throws IOException {
		Path file = writeNight(tables(), new DecisionsWorkbook());
		try (XSSFWorkbook workbook = WorkbookCells.open(file)) {
			XSSFSheet queue = workbook.getSheet("Review queue");
			assertThat(queue.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.STRING);
			assertThat(queue.getRow(1).getCell(7).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x.test\")");
			assertThat(queue.getRow(1).getCell(8).getStringCellValue()).isEqualTo("'+C9");
			assertThat(queue.getRow(1).getCell(9).getStringCellValue()).isEqualTo("C1;C2");
			for (XSSFSheet sheet : sheets(workbook)) {
				sheet.forEach((row) -> row
					.forEach((cell) -> assertThat(cell.getCellType()).as(cell.getAddress().formatAsString())
						.isNotEqualTo(CellType.FORMULA)));
			}
		}
	}

	// Columns are as wide as their longest value or name plus room for the filter button,
	// within 6 to 60 characters.
	@Test
	void fitsColumnWidthsToTheirValues() throws IOException {
		Path file = writeNight(tables(), new DecisionsWorkbook());
		try (XSSFWorkbook workbook = WorkbookCells.open(file)) {
			XSSFSheet queue = workbook.getSheet("Review queue");
			// ref: "ref" + 3 for the button + 1 -> 7; file: 26 characters + 1.
			assertThat(queue.getColumnWidth(0)).isEqualTo(7 * 256);
			assertThat(queue.getColumnWidth(1)).isEqualTo(27 * 256);
			assertThat(queue.getColumnWidth(4)).isEqualTo(11 * 256);
			XSSFSheet changes = workbook.getSheet("Access changes");
			assertThat(changes.getColumnWidth(5)).isEqualTo(26 * 256);
			Table wide = new Table("Rejects", List.of("reason"),
					(sink) -> sink.accept(new Object[] { "x".repeat(200) }));
			Path wideFile = writeNight(List.of(wide), new DecisionsWorkbook());
			try (XSSFWorkbook wideBook = WorkbookCells.open(wideFile)) {
				assertThat(wideBook.getSheetAt(0).getColumnWidth(0)).isEqualTo(60 * 256);
			}
		}
	}

	// A table with no rows is a sheet with its header and the filters on it alone.
	@Test
	void writesTheHeaderAloneForATableWithoutRows() throws IOException {
		Path file = writeNight(List.of(AccessChangesTable.of(List.of())), new DecisionsWorkbook());
		try (XSSFWorkbook workbook = WorkbookCells.open(file)) {
			XSSFSheet sheet = workbook.getSheet("Access changes");
			assertThat(sheet.getLastRowNum()).isZero();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G1");
			assertThat(Files.readAllLines(this.temp.resolve("Access changes.csv")))
				.containsExactly("candidate_id,tool,from_state,to_state,effective,reason,decision_id");
		}
	}

	// More rows than a sheet holds: the CSV keeps them all, the sheet keeps what fits and
	// says in its last row how many are only in the CSV, and the night carries on.
	@Test
	void notesTheRowsBeyondWhatASheetHolds() throws IOException {
		Table rejects = new Table("Rejects", List.of("file", "row"),
				(sink) -> IntStream.rangeClosed(2, 8).forEach((row) -> sink.accept(new Object[] { "cc.csv", row })));
		Path file = writeNight(List.of(rejects), new DecisionsWorkbook(5));
		try (XSSFWorkbook workbook = WorkbookCells.open(file)) {
			XSSFSheet sheet = workbook.getSheet("Rejects");
			assertThat(WorkbookCells.shown(sheet)).containsExactly(List.of("file", "row"), List.of("cc.csv", "2"),
					List.of("cc.csv", "3"), List.of("cc.csv", "4"),
					List.of("4 more rows are only in the CSV file: a sheet holds at most 3 rows", ""));
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B4");
		}
		assertThat(Files.readAllLines(this.temp.resolve("Rejects.csv"))).hasSize(8);
	}

	// A cell holds at most 32,767 characters: a longer value (a reject quoting a huge
	// field) is cut in the sheet, kept whole in the CSV, and the night carries on.
	@Test
	void cutsTextToWhatACellHolds() throws IOException {
		String reason = "'" + "x".repeat(40_000) + "' is not a seat";
		Table rejects = new Table("Rejects", List.of("reason"), (sink) -> sink.accept(new Object[] { reason }));
		Path file = writeNight(List.of(rejects), new DecisionsWorkbook());
		try (XSSFWorkbook workbook = WorkbookCells.open(file)) {
			assertThat(workbook.getSheet("Rejects").getRow(1).getCell(0).getStringCellValue())
				.isEqualTo(reason.substring(0, 32_767));
		}
		assertThat(Files.readAllLines(this.temp.resolve("Rejects.csv"))).containsExactly("reason", reason);
	}

	// The same night gives the same bytes, like its CSVs: the workbook carries no
	// creation time.
	@Test
	void writesTheSameBytesForTheSameTables() throws IOException {
		byte[] first = Files.readAllBytes(writeNight(tables(), new DecisionsWorkbook()));
		byte[] second = Files.readAllBytes(writeNight(tables(), new DecisionsWorkbook()));
		assertThat(second).isEqualTo(first);
	}

	private Path writeNight(List<Table> tables, DecisionsWorkbook decisionsWorkbook) {
		Path file = this.temp.resolve("decisions-" + JUNE_10 + ".xlsx");
		try (DecisionsWorkbook workbook = decisionsWorkbook) {
			for (Table table : tables) {
				NightlyOutputs.write(table, this.temp.resolve(table.sheetName() + ".csv"), workbook);
			}
			workbook.save(file);
		}
		return file;
	}

	private static List<Table> tables() {
		Decision breach = new Decision("C1", "2024-W23", Decision.TWINNED_SESSIONS, 1, "sha", Status.BREACH, 3, 1, 2,
				true, null);
		Decision recess = new Decision("C2", "Summer recess", Decision.RECESS_VISITS, 2, "sha", Status.COMPLIANT, null,
				4, 3, true, null);
		ToolState revoked = new ToolState(AccessState.REVOKED, JUNE_10, "breach 2024-W23", breach.decisionId());
		List<ToolAccess> access = List.of(ToolAccess.initial("C2", Tool.ORGANISE),
				new ToolAccess("C1", Tool.CONTACT_CREATOR, revoked, revoked));
		List<AccessChange> changes = List.of(
				new AccessChange("C1", Tool.CONTACT_CREATOR, AccessState.GRANTED, AccessState.REVOKED, JUNE_10,
						"breach 2024-W23", breach.decisionId()),
				new AccessChange("C3", Tool.ORGANISE, AccessState.GRANTED, AccessState.DENIED,
						LocalDate.of(2024, 6, 17), "classification unwinnable", null));
		SheetRow formula = new SheetRow("ab12", 1, "attendance/E1-sign-in.xlsx", "Week 1", 7, LocalDate.of(2024, 6, 5),
				Slot.PM, "E1", "=HYPERLINK(\"http://x.test\")", "+C9");
		SheetRow byId = new SheetRow("cd34", 1, "attendance/E1-sign-in.xlsx", "Week 1", 8, LocalDate.of(2024, 6, 5),
				Slot.PM, "E1", "Ann Smith", "C1");
		List<SheetMatch> matches = List.of(new SheetMatch(formula, Outcome.REVIEW, null, List.of("C1", "C2")),
				new SheetMatch(byId, Outcome.BY_ID, "C1", List.of()));
		return List.of(
				DecisionsTable
					.of(List.of(new RecordedDecision(breach, 1, null), new RecordedDecision(recess, 2, null))),
				AccessTable.of(access), AccessChangesTable.of(changes), ReviewQueueTable.of(matches));
	}

	private static List<XSSFSheet> sheets(XSSFWorkbook workbook) {
		return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetAt).toList();
	}

	private static List<Integer> rowCounts(XSSFWorkbook workbook) {
		return sheets(workbook).stream().map(XSSFSheet::getLastRowNum).toList();
	}

	private static List<String> filters(XSSFWorkbook workbook) {
		return sheets(workbook).stream().map((sheet) -> sheet.getCTWorksheet().getAutoFilter().getRef()).toList();
	}

}
