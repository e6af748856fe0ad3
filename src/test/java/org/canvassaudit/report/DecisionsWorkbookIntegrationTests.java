package org.canvassaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 {@code decisions-<as-of>.xlsx} as {@code run} writes it: five sheets holding
 * the rows of their CSV files, read back with POI.
 */
class DecisionsWorkbookIntegrationTests extends CliTestSupport {

	private static final List<String> SHEETS = List.of("Decisions", "Access", "Access changes", "Review queue",
			"Rejects");

	private static final List<String> CSVS = List.of("decisions", "access", "access-changes", "review-queue",
			"rejects");

	@TempDir
	Path temp;

	// The committed sample on Monday 8 July: every sheet shows exactly the rows and
	// columns of its CSV (110 decisions, 54 tools, 23 changes, 6 review rows, 8 rejects)
	// under a frozen, filtered header, with numbers, dates and blanks as typed cells.
	@Test
	void writesEveryTableOfTheSampleNightAsASheet() throws IOException {
		Path out = run(Path.of("sample-data", "inbox"), "2024-07-08", 3);
		try (XSSFWorkbook workbook = WorkbookCells.open(out.resolve("decisions-2024-07-08.xlsx"))) {
			assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
				.containsExactlyElementsOf(SHEETS);
			for (int i = 0; i < SHEETS.size(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				assertThat(WorkbookCells.shown(sheet)).as(sheet.getSheetName())
					.isEqualTo(WorkbookCells.csv(out.resolve(CSVS.get(i) + "-2024-07-08.csv")));
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			}
			assertThat(SHEETS.stream().map((name) -> workbook.getSheet(name).getLastRowNum())).containsExactly(110, 54,
					23, 6, 8);
			assertThat(SHEETS.stream().map((name) -> workbook.getSheet(name).getCTWorksheet().getAutoFilter().getRef()))
				.containsExactly("A1:I111", "A1:F55", "A1:G24", "A1:K7", "A1:E9");

			// C0003,contact_creator,GRANTED,DENIED,2024-06-17,classification unwinnable,
			Cell effective = workbook.getSheet("Access changes").getRow(1).getCell(4);
			assertThat(DateUtil.isCellDateFormatted(effective)).isTrue();
			assertThat(effective.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 17));
			assertThat(workbook.getSheet("Access changes").getRow(1).getCell(6).getCellType())
				.isEqualTo(CellType.BLANK);
			// C0001,2024-W23,twinned_sessions,1,NOT_APPLICABLE,32,0,5,...
			XSSFSheet decisions = workbook.getSheet("Decisions");
			assertThat(decisions.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1.0);
			assertThat(decisions.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(32.0);
			// contact-creator/cc-2024-06-05.csv,,1021,seat_code,...: a CSV has no sheet.
			XSSFSheet rejects = workbook.getSheet("Rejects");
			assertThat(rejects.getRow(3).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(rejects.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1021.0);
		}
	}

	// A sign-in row whose name and Candidate ID were typed as formulas waits for review;
	// in the workbook both are text starting with ', as in the CSV.
	@Test
	void neutralisesFormulasTypedOnASignInSheet() throws IOException {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"))
			.sheet("E1-sign-in.xlsx", new String[] { "2024-06-06", "PM", "E1", "=Ann Smyth", "=C9" });
		Path out = run(inbox.path(), "2024-06-10", 0);
		try (XSSFWorkbook workbook = WorkbookCells.open(out.resolve("decisions-2024-06-10.xlsx"))) {
			XSSFSheet queue = workbook.getSheet("Review queue");
			assertThat(queue.getLastRowNum()).isEqualTo(1);
			assertThat(queue.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.STRING);
			assertThat(queue.getRow(1).getCell(7).getStringCellValue()).isEqualTo("'=Ann Smyth");
			assertThat(queue.getRow(1).getCell(8).getStringCellValue()).isEqualTo("'=C9");
			assertThat(queue.getRow(1).getCell(9).getStringCellValue()).isEqualTo("C1");
			assertThat(WorkbookCells.shown(queue))
				.isEqualTo(WorkbookCells.csv(out.resolve("review-queue-2024-06-10.csv")));
		}
	}

	private Path run(Path inbox, String asOf, int exitCode) {
		Path out = this.temp.resolve("out");
		CliResult result = cli("run", "--inbox", inbox.toString(), "--as-of", asOf, "--out", out.toString(),
				"--warehouse", this.temp.resolve("warehouse.duckdb").toString());
		assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
		return out;
	}

}
