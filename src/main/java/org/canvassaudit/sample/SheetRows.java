package org.canvassaudit.sample;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import org.canvassaudit.sample.Roster.Candidate;
import org.canvassaudit.sample.Session.Attendance;
import org.canvassaudit.sample.Session.NameForm;

/**
 * The rows of one sign-in sheet, written as a hurried organiser would: dates mostly as
 * Excel dates but sometimes typed as text, session words in any case, names as people
 * sign them.
 */
final class SheetRows {

	private static final long PURPOSE = 51;

	/**
	 * Column of Date, Session, Seat, Name, Candidate ID and Notes in each header layout.
	 */
	private static final int[][] COLUMNS = { { 0, 1, 2, 3, 4, 5 }, { 0, 1, 2, 3, 4, 5 }, { 1, 2, 3, 0, 4, 5 } };

	private static final String[][] SESSION_WORDS = { { "AM", "am", "Morning", "MORNING" },
			{ "PM", "pm", "Afternoon", "afternoon" }, { "EVE", "eve", "Evening", "evening" } };

	private static final String[] NOTES = { "arrived late", "leafleting only", "brought own clipboard", "left early" };

	private final Members members;

	private final CampaignCalendar calendar;

	private final long seed;

	private final CellStyle dateStyle;

	private final int[] columns;

	private int next;

	SheetRows(Members members, CampaignCalendar calendar, long seed, CellStyle dateStyle, int layout) {
		this.members = members;
		this.calendar = calendar;
		this.seed = seed;
		this.dateStyle = dateStyle;
		this.columns = COLUMNS[layout];
	}

	/**
	 * Writes the sheet's rows from the given row on.
	 * @return the number of rows written below the header
	 */
	long write(SXSSFSheet sheet, int firstRow, List<Session> sessions, boolean faults) {
		this.next = firstRow;
		for (Session session : sessions) {
			SeededRandom random = SeededRandom.of(this.seed, PURPOSE, session.key());
			int volunteers = 1 + random.nextInt(4);
			for (int i = 0; i < volunteers; i++) {
				String name = this.members.name(this.members.pick(session.seat(), random));
				row(sheet, session, random, session.seat().code(), name, "");
			}
			for (Attendance attendance : session.attendances()) {
				if (attendance.recorded().onSheet()) {
					Candidate c = attendance.candidate();
					String id = (attendance.form() == NameForm.WITH_ID) ? c.id() : "";
					row(sheet, session, random, seatCode(session, random), render(c, attendance.form()), id);
				}
			}
		}
		if (faults && !sessions.isEmpty()) {
			writeFaults(sheet, sessions.get(0));
		}
		return this.next - firstRow;
	}

	/**
	 * An unknown seat and an unknown session word are rejected; a row of notes alone is
	 * blank.
	 */
	private void writeFaults(SXSSFSheet sheet, Session session) {
		SeededRandom random = SeededRandom.of(this.seed, PURPOSE + 1, session.key());
		String name = this.members.name(this.members.pick(session.seat(), random));
		row(sheet, session, random, "E14999999", name, "");
		Row lunch = row(sheet, session, random, session.seat().code(), name, "");
		lunch.getCell(this.columns[1]).setCellValue("Lunchtime");
		Row blank = sheet.createRow(this.next++);
		blank.createCell(this.columns[5]).setCellValue("continued overleaf");
	}

	private Row row(SXSSFSheet sheet, Session session, SeededRandom random, String seat, String name, String id) {
		Row row = sheet.createRow(this.next++);
		writeDate(row.createCell(this.columns[0]), session, random);
		String[] words = SESSION_WORDS[session.slot().ordinal()];
		row.createCell(this.columns[1]).setCellValue(words[random.nextInt(words.length)]);
		row.createCell(this.columns[2]).setCellValue(seat);
		row.createCell(this.columns[3]).setCellValue(name);
		if (!id.isEmpty()) {
			row.createCell(this.columns[4]).setCellValue(id);
		}
		if (random.nextInt(7) == 0) {
			row.createCell(this.columns[5]).setCellValue(NOTES[random.nextInt(NOTES.length)]);
		}
		return row;
	}

	/**
	 * Mostly a real date cell; one row in ten typed as D/M/YYYY and one as YYYY-MM-DD.
	 */
	private void writeDate(Cell cell, Session session, SeededRandom random) {
		var date = this.calendar.day(session.day());
		int style = random.nextInt(10);
		if (style == 0) {
			cell.setCellValue(date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear());
		}
		else if (style == 1) {
			cell.setCellValue(date.toString());
		}
		else {
			cell.setCellValue(date);
			cell.setCellStyle(this.dateStyle);
		}
	}

	/** Seat codes match case-insensitively, and organisers type them either way. */
	private static String seatCode(Session session, SeededRandom random) {
		String code = session.seat().code();
		return (random.nextInt(10) == 0) ? code.toLowerCase(Locale.ROOT) : code;
	}

	static String render(Candidate candidate, NameForm form) {
		String name = candidate.fullName();
		return switch (form) {
			case NO_ACCENTS -> Names.stripAccents(name);
			case UPPER -> name.toUpperCase(Locale.ROOT);
			case LOWER -> name.toLowerCase(Locale.ROOT);
			case NO_APOSTROPHE -> name.replace("'", "");
			case EXTRA_SPACES -> " " + name.replace(" ", "  ") + " ";
			case MISSPELT -> Names.misspell(name);
			default -> name;
		};
	}

}
