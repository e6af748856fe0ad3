package org.canvassaudit.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed workbooks of the malformed-input corpus
 * ({@code src/test/resources/corpus/attendance/}). Run once by hand when the corpus
 * changes; the files are committed, so tests never depend on this writer's output staying
 * byte-identical:
 *
 * <pre>
 * java -cp target/test-classes:$(cat classpath.txt) org.canvassaudit.support.CorpusWorkbooks src/test/resources/corpus/attendance
 * </pre>
 *
 * Every workbook is a sign-in sheet of campaign week 2024-W23 in the seats of the corpus
 * baseline (E1 battleground, E2 safe), header
 * {@code Date, Session, Seat, Name, Candidate ID} in row 1 unless the entry is about the
 * header. What each one gets wrong is listed in the corpus README.
 */
public final class CorpusWorkbooks {

	private static final String[] HEADER = { "Date", "Session", "Seat", "Name", "Candidate ID" };

	private static final LocalDate JUNE_6 = LocalDate.of(2024, 6, 6);

	/** Password of the encrypted entry, for whoever wants to open it by hand. */
	static final String PASSWORD = "campaign";

	private CorpusWorkbooks() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of((args.length > 0) ? args[0] : "src/test/resources/corpus/attendance");
		Files.createDirectories(dir);
		write(dir.resolve("signin-unknown-seat.xlsx"), unknownSeat());
		write(dir.resolve("signin-formulas.xlsx"), evaluated(formulas()));
		write(dir.resolve("signin-formula-errors.xlsx"), evaluated(formulaErrors()));
		write(dir.resolve("signin-formula-no-cached-value.xlsx"), formulaWithoutCachedValue());
		write(dir.resolve("signin-1904-dates.xlsx"), dates1904());
		write(dir.resolve("signin-hidden-sheets.xlsx"), hiddenSheets());
		write(dir.resolve("signin-merged-header.xlsx"), mergedHeader());
		write(dir.resolve("signin-merged-dates.xlsx"), mergedDates());
		write(dir.resolve("signin-missing-seat-column.xlsx"), missingSeatColumn());
		write(dir.resolve("signin-duplicate-name-column.xlsx"), duplicateNameColumn());
		write(dir.resolve("signin-two-notes-columns.xlsx"), twoNotesColumns());
		Files.write(dir.resolve("signin-password.xlsx"), encrypted(bytes(plainSignIn())));
		Files.write(dir.resolve("signin-legacy-xls.xlsx"), legacyXls());
		byte[] good = bytes(plainSignIn());
		Files.write(dir.resolve("signin-truncated.xlsx"), Arrays.copyOf(good, good.length / 2));
		Files.write(dir.resolve("signin-zip-bomb.xlsx"), zipBomb(bytes(plainSignIn()), 100L * 1024 * 1024));
	}

	/** Row 2 names seat XX1, which no seats snapshot holds; row 3 is fine. */
	private static XSSFWorkbook unknownSeat() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = signInSheet(workbook, "Sign-in");
		row(sheet, 2, date(workbook, JUNE_6), "AM", "XX1", "Ann Smith", "C1");
		row(sheet, 3, date(workbook, JUNE_6), "PM", "E1", "Volunteer Vic");
		return workbook;
	}

	/** Date, Seat, Name and Candidate ID written as formulas, with cached values. */
	private static XSSFWorkbook formulas() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = signInSheet(workbook, "Sign-in");
		Row two = sheet.createRow(1);
		two.createCell(0).setCellFormula("DATE(2024,6,6)");
		two.createCell(1).setCellValue("EVE");
		two.createCell(2).setCellFormula("\"E\"&\"1\"");
		two.createCell(3).setCellFormula("CONCATENATE(\"Ann\",\" \",\"Smith\")");
		two.createCell(4).setCellFormula("\"C\"&1");
		Row three = sheet.createRow(2);
		three.createCell(0).setCellFormula("A2+1");
		three.createCell(1).setCellValue("AM");
		three.createCell(2).setCellValue("E1");
		three.createCell(3).setCellValue("Volunteer Vic");
		return workbook;
	}

	/** Formulas whose cached values are errors: #DIV/0! as a date, #N/A as a seat. */
	private static XSSFWorkbook formulaErrors() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = signInSheet(workbook, "Sign-in");
		Row two = sheet.createRow(1);
		two.createCell(0).setCellFormula("1/0");
		fill(two, 1, "AM", "E1", "Ann Smith", "C1");
		Row three = sheet.createRow(2);
		three.createCell(0).setCellValue(JUNE_6);
		three.getCell(0).setCellStyle(dateStyle(workbook));
		three.createCell(1).setCellValue("PM");
		three.createCell(2).setCellFormula("NA()");
		three.createCell(3).setCellValue("Volunteer Vic");
		row(sheet, 4, date(workbook, JUNE_6), "EVE", "E1", "Volunteer Val");
		return workbook;
	}

	/**
	 * A Date formula saved without its cached value, as some generators (not Excel) write
	 * them.
	 */
	private static XSSFWorkbook formulaWithoutCachedValue() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = signInSheet(workbook, "Sign-in");
		Row two = sheet.createRow(1);
		two.createCell(0).setCellFormula("DATE(2024,6,6)");
		fill(two, 1, "AM", "E1", "Ann Smith", "C1");
		row(sheet, 3, date(workbook, JUNE_6), "PM", "E1", "Volunteer Vic");
		return workbook;
	}

	/**
	 * The 1904 date system: a date cell for 6 June 2024 (serial 43987) and a plain number
	 * 43988 (7 June 2024 in 1904 serials, 8 June 2020 if read as 1900 serials).
	 */
	private static XSSFWorkbook dates1904() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
		Sheet sheet = signInSheet(workbook, "Sign-in");
		row(sheet, 2, date(workbook, JUNE_6), "AM", "E1", "Ann Smith", "C1");
		row(sheet, 3, 43988.0, "PM", "E1", "Volunteer Vic");
		return workbook;
	}

	/** A visible empty cover sheet, the sign-ins on a hidden and a very hidden sheet. */
	private static XSSFWorkbook hiddenSheets() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Cover");
		Sheet hidden = signInSheet(workbook, "Week 23");
		row(hidden, 2, date(workbook, JUNE_6), "AM", "E1", "Ann Smith", "C1");
		Sheet veryHidden = signInSheet(workbook, "Week 23 (old)");
		row(veryHidden, 2, date(workbook, JUNE_6.plusDays(1)), "PM", "E1", "Volunteer Vic");
		workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
		workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
		return workbook;
	}

	/**
	 * A title merged across A1:E1, then header cells each merged down over rows 2 and 3;
	 * the sign-ins start in row 4.
	 */
	private static XSSFWorkbook mergedHeader() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Sign-in");
		row(sheet, 1, "Battle Green sign-in sheet");
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
		row(sheet, 2, (Object[]) HEADER);
		for (int column = 0; column < HEADER.length; column++) {
			sheet.addMergedRegion(new CellRangeAddress(1, 2, column, column));
		}
		row(sheet, 4, date(workbook, JUNE_6), "AM", "E1", "Ann Smith", "C1");
		row(sheet, 5, date(workbook, JUNE_6), "PM", "E1", "Volunteer Vic");
		return workbook;
	}

	/** One Date cell merged down over rows 2-4: rows 3 and 4 have no Date cell. */
	private static XSSFWorkbook mergedDates() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = signInSheet(workbook, "Sign-in");
		row(sheet, 2, date(workbook, JUNE_6), "AM", "E1", "Ann Smith", "C1");
		row(sheet, 3, null, "AM", "E1", "Volunteer Vic");
		row(sheet, 4, null, "AM", "E1", "Volunteer Val");
		sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
		return workbook;
	}

	private static XSSFWorkbook missingSeatColumn() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Sign-in");
		row(sheet, 1, "Date", "Session", "Name", "Candidate ID");
		row(sheet, 2, date(workbook, JUNE_6), "AM", "Ann Smith", "C1");
		return workbook;
	}

	private static XSSFWorkbook duplicateNameColumn() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Sign-in");
		row(sheet, 1, "Date", "Session", "Seat", "Name", "Name");
		row(sheet, 2, date(workbook, JUNE_6), "AM", "E1", "Ann Smith", "Volunteer Vic");
		return workbook;
	}

	private static XSSFWorkbook twoNotesColumns() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Sign-in");
		row(sheet, 1, "Date", "Session", "Seat", "Name", "Candidate ID", "Notes", "Notes");
		row(sheet, 2, date(workbook, JUNE_6), "AM", "E1", "Ann Smith", "C1", "drove", "left at 12");
		return workbook;
	}

	/** A good one-row sign-in sheet, the payload of the encrypted and damaged entries. */
	private static XSSFWorkbook plainSignIn() {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = signInSheet(workbook, "Sign-in");
		row(sheet, 2, date(workbook, JUNE_6), "AM", "E1", "Ann Smith", "C1");
		return workbook;
	}

	private static byte[] legacyXls() throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = signInSheet(workbook, "Sign-in");
			row(sheet, 2, "2024-06-06", "AM", "E1", "Ann Smith", "C1");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Agile encryption, as Excel writes a workbook saved with a password. */
	private static byte[] encrypted(byte[] xlsx) throws IOException, GeneralSecurityException {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword(PASSWORD);
			try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(xlsx));
					OutputStream out = encryptor.getDataStream(fs)) {
				pkg.save(out);
			}
			catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
				throw new IOException(ex);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			fs.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
	}

	/**
	 * The workbook with its sheet XML padded by {@code padding} bytes of spaces inside
	 * {@code <sheetData>}: valid XML that deflates more than a thousand to one.
	 */
	private static byte[] zipBomb(byte[] xlsx, long padding) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
					out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1 << 20];
					Arrays.fill(spaces, (byte) ' ');
					for (long written = 0; written < padding; written += spaces.length) {
						out.write(spaces);
					}
					out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
				}
				else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static Sheet signInSheet(Workbook workbook, String name) {
		Sheet sheet = workbook.createSheet(name);
		row(sheet, 1, (Object[]) HEADER);
		return sheet;
	}

	private static void row(Sheet sheet, int excelRow, Object... values) {
		fill(sheet.createRow(excelRow - 1), 0, values);
	}

	private static void fill(Row row, int firstColumn, Object... values) {
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			org.apache.poi.ss.usermodel.Cell cell = row.createCell(firstColumn + i);
			if (value instanceof DateCell date) {
				cell.setCellValue(date.date());
				cell.setCellStyle(date.style());
			}
			else if (value instanceof Double number) {
				cell.setCellValue(number);
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	private static DateCell date(Workbook workbook, LocalDate date) {
		return new DateCell(date, dateStyle(workbook));
	}

	private static CellStyle dateStyle(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
		return style;
	}

	private static XSSFWorkbook evaluated(XSSFWorkbook workbook) {
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		return workbook;
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		try (workbook) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void write(Path file, XSSFWorkbook workbook) throws IOException {
		Files.write(file, bytes(workbook));
	}

	/** A date cell and its date style. */
	private record DateCell(LocalDate date, CellStyle style) {
	}

}
