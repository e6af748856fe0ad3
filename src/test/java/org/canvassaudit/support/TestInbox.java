package org.canvassaudit.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small inboxes for tests, file by file, in the formats of SPEC §2: CSV as text,
 * sign-in sheets as real workbooks written by POI.
 */
public final class TestInbox {

	private final Path dir;

	private TestInbox(Path dir) {
		this.dir = dir;
	}

	public static TestInbox at(Path dir) {
		return new TestInbox(dir);
	}

	public Path path() {
		return this.dir;
	}

	public TestInbox seats(String... rows) {
		return csv("reference/seats.csv", "seat_code,seat_name,region,classification,held,valid_from", rows);
	}

	public TestInbox candidates(String... rows) {
		return csv("reference/candidates.csv", "candidate_id,full_name,seat_code,role,email", rows);
	}

	public TestInbox twinning(String... rows) {
		return csv("reference/twinning.csv", "candidate_id,target_seat_code,valid_from,valid_to", rows);
	}

	public TestInbox recess(String... rows) {
		return csv("reference/recess.csv", "name,start_date,end_date", rows);
	}

	public TestInbox rulebook(String name, String yaml) {
		return write("rulebooks/" + name, yaml);
	}

	public TestInbox contacts(String name, String... rows) {
		return csv("contact-creator/" + name,
				"contact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel,outcome", rows);
	}

	/**
	 * A contact export of {@code counted} counted contacts and {@code notIn} not-in
	 * contacts in one seat at 10:00 on one day.
	 * @param name the file name
	 * @param idPrefix a prefix making the contact ids unique
	 * @param seat the seat
	 * @param date the day
	 * @param counted how many count (outcome L)
	 * @param notIn how many do not (outcome NI)
	 * @return this inbox
	 */
	public TestInbox contactsOn(String name, String idPrefix, String seat, LocalDate date, int counted, int notIn) {
		String[] rows = new String[counted + notIn];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = idPrefix + i + ",V" + idPrefix + i + "," + seat + ",M1," + date + "T10:00,door,"
					+ ((i < counted) ? "L" : "NI");
		}
		return contacts(name, rows);
	}

	public TestInbox organise(String name, String... rows) {
		return csv("organise/" + name, "session_id,seat_code,session_start,attendee_id", rows);
	}

	public TestInbox declarations(String name, String... rows) {
		return csv("declarations/" + name, "candidate_id,declared_date,target_seat_code,submitted_at", rows);
	}

	/**
	 * A sign-in workbook with one sheet: a title row, then the header
	 * {@code Date, Session, Seat,
	 * Name, Candidate ID}, then the rows (text cells; dates as text YYYY-MM-DD).
	 * @param name the file name
	 * @param rows each row's five cells
	 * @return this inbox
	 */
	public TestInbox sheet(String name, String[]... rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Sign-in");
			sheet.createRow(0).createCell(0).setCellValue("Sign-in sheet");
			String[] header = { "Date", "Session", "Seat", "Name", "Candidate ID" };
			fill(sheet.createRow(1), header);
			for (int i = 0; i < rows.length; i++) {
				fill(sheet.createRow(2 + i), rows[i]);
			}
			Path file = this.dir.resolve("attendance/" + name);
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fill(Row row, String[] cells) {
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != null) {
				row.createCell(i).setCellValue(cells[i]);
			}
		}
	}

	private TestInbox csv(String path, String header, String... rows) {
		return write(path, header + "\n" + String.join("\n", rows) + ((rows.length > 0) ? "\n" : ""));
	}

	public TestInbox write(String path, String content) {
		try {
			Path file = this.dir.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public TestInbox delete(String path) {
		try {
			Files.delete(this.dir.resolve(path));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param file an output file
	 * @return its lines
	 */
	public static java.util.List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param decisionsRow a row of {@code decisions-<as-of>.csv}
	 * @return its {@code decision_id}, the last column
	 */
	public static String decisionId(String decisionsRow) {
		return decisionsRow.substring(decisionsRow.lastIndexOf(',') + 1);
	}

}
