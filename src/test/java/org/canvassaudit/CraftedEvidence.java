package org.canvassaudit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

import org.canvassaudit.oracle.PlainCsv;

/**
 * Files added to a copy of the committed sample to reach SPEC rules the generator never
 * exercises: a reclassification dated after the rulebook, a later export that turns
 * contacts into NI, Organise times in UTC that change a session's slot or its week, a
 * restore by a week that is NOT_APPLICABLE but has enough twinned sessions, and a
 * hand-made sign-in workbook in the 1904 date system with its header on row 10, an id
 * that wins over a misspelt name, and an unknown id beside an exact name.
 */
final class CraftedEvidence {

	/** Contacts of C0009's seat in W25 that the late export turns into NI. */
	static final int CONTACTS_TURNED_NOT_IN = 61;

	private CraftedEvidence() {
	}

	static void addTo(Path inbox) throws IOException {
		reclassifyAfterTheRulebook(inbox.resolve("reference/seats.csv"));
		reExportAsNotIn(inbox.resolve("contact-creator"));
		Files.writeString(inbox.resolve("organise/organise-zz-extra.csv"), """
				session_id,seat_code,session_start,session_end,activity,attendee_id,attendee_name,checked_in_at
				S8000001,E14000013,2024-06-17T10:30Z,,door knocking,C0005,Wiktor Morgan,
				S8000002,E14000013,2024-06-18T11:30Z,,door knocking,C0005,Wiktor Morgan,
				S8000003,E14000013,2024-06-18T13:00,,door knocking,C0005,Wiktor Morgan,
				S8000004,E14000016,2024-06-19T16:30Z,,phone bank,C0005,Wiktor Morgan,
				S8000005,E14000016,2024-06-19T19:00+01:00,,phone bank,C0005,Wiktor Morgan,
				S8000006,E14000013,2024-06-23T23:30Z,,phone bank,C0005,Wiktor Morgan,
				""", StandardCharsets.UTF_8);
		writeWorkbook(inbox.resolve("attendance/zz-crafted-sign-in.xlsx"));
	}

	/**
	 * Safe seat E14000017 becomes unwinnable on Wednesday 3 July, after rulebook v2's
	 * effective date: C0017's denial of contact_creator dates from the reclassification.
	 */
	private static void reclassifyAfterTheRulebook(Path seats) throws IOException {
		List<String> row = PlainCsv.read(seats)
			.stream()
			.filter((fields) -> fields.get(0).equals("E14000017"))
			.findFirst()
			.orElseThrow();
		String line = String.join(",", row.get(0), row.get(1), row.get(2), "unwinnable", row.get(4), "2024-07-03");
		Files.writeString(seats, Files.readString(seats, StandardCharsets.UTF_8) + line + "\n", StandardCharsets.UTF_8);
	}

	/**
	 * A file sorting after every daily export repeats counted W25 contacts of seat
	 * E14000009 with outcome NI (in either case): the last file's values win.
	 */
	private static void reExportAsNotIn(Path folder) throws IOException {
		List<List<String>> records = PlainCsv.read(folder.resolve("cc-2024-06-18.csv"));
		Set<String> seen = new LinkedHashSet<>();
		List<String> lines = new ArrayList<>();
		lines.add(String.join(",", records.get(0)));
		for (List<String> row : records.subList(1, records.size())) {
			boolean counted = !row.get(6).equalsIgnoreCase("NI");
			if (row.get(2).equals("E14000009") && counted && !row.get(4).endsWith("Z")
					&& seen.size() < CONTACTS_TURNED_NOT_IN && seen.add(row.get(0))) {
				lines.add(String.join(",", row.subList(0, 6)) + "," + ((seen.size() % 2 == 0) ? "NI" : "ni"));
			}
		}
		Files.writeString(folder.resolve("cc-zz-late-reexport.csv"), String.join("\n", lines) + "\n",
				StandardCharsets.UTF_8);
	}

	/**
	 * C0011 (4 sessions a week in the sample) gains a fifth in W23 by an exact normalised
	 * name, in W24 by id despite a misspelt name, in W25 by a plain 1904 serial date;
	 * W26's row has an unknown id and counts for nobody, W27's repeats an Organise
	 * session.
	 */
	private static void writeWorkbook(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CTWorkbook ct = workbook.getCTWorkbook();
			(ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
			Sheet sheet = workbook.createSheet("Late sign-ins");
			for (int r = 0; r < 9; r++) {
				sheet.createRow(r).createCell(0).setCellValue("Sign-in sheet, page " + (r + 1));
			}
			cells(sheet.createRow(9), "Candidate ID", "Notes", "Seat", "Session", "Name", "Date");
			cells(sheet.createRow(10), "", "", "E14000004", "evening", "  ZOË  BRONTË ", "5/6/2024");
			cells(sheet.createRow(11), "C0011", "", "e14000001", "Morning", "Zoe Bronty", "2024-06-11");
			Row serial = sheet.createRow(12);
			cells(serial, "", "typed as a number", "E14000004", "PM", "zoe bronte");
			serial.createCell(5).setCellValue(DateUtil.getExcelDate(LocalDate.of(2024, 6, 18).atStartOfDay(), true));
			cells(sheet.createRow(13), "C0111", "", "E14000001", "AM", "Zoë Brontë", "26/06/2024");
			cells(sheet.createRow(14), "", "", "E14000001", "EVE", "Zoë Brontë", "01/07/2024");
			workbook.write(out);
		}
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			if (!values[i].isEmpty()) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
	}

}
