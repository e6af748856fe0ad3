package org.canvassaudit.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.canvassaudit.sample.Roster.Seat;

/**
 * Writes the hand-kept sign-in workbooks of {@code attendance/}: one per battleground
 * seat with sheets, a sheet per week, titles above a header whose spelling varies from
 * one organiser to the next.
 */
final class SheetWriter {

	private static final String[][] HEADERS = { { "Date", "Session", "Seat", "Name", "Candidate ID", "Notes" },
			{ "DATE", "session", " Seat ", " name ", "Candidate ID", "Notes" },
			{ "Name", "date", "Session", "SEAT", "candidate id", "notes" } };

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	private final Roster roster;

	private final SessionPlan plan;

	private final CampaignCalendar calendar;

	private final Members members;

	private final GeneratorSettings settings;

	private long rows;

	SheetWriter(Roster roster, SessionPlan plan, CampaignCalendar calendar, Members members,
			GeneratorSettings settings) {
		this.roster = roster;
		this.plan = plan;
		this.calendar = calendar;
		this.members = members;
		this.settings = settings;
	}

	/**
	 * A seat with several workbooks splits its weeks between them; there are never more
	 * workbooks than battleground seat-weeks.
	 * @return the number of files written
	 */
	int write(Path folder) throws IOException {
		int seats = this.roster.battlegrounds().size();
		int workbooks = Math.min(this.settings.attendanceWorkbooks(), seats * this.calendar.weeks());
		for (int k = 0; k < workbooks; k++) {
			Seat seat = this.roster.battlegrounds().get(k % seats);
			int parts = (workbooks - 1 - k % seats) / seats + 1;
			List<Integer> weeks = new ArrayList<>();
			for (int week = k / seats; week < this.calendar.weeks(); week += parts) {
				weeks.add(week);
			}
			String suffix = (parts > 1) ? "-" + (k / seats + 1) : "";
			Path file = folder
				.resolve(seat.code() + "-" + Names.slug(seat.name(), '-') + "-sign-in" + suffix + ".xlsx");
			writeWorkbook(file, k, seat, weeks);
		}
		if (this.settings.withFaults()) {
			FaultyFiles.excelLockFile(folder.resolve("~$" + seat(0).code() + "-sign-in.xlsx"));
			return workbooks + 1;
		}
		return workbooks;
	}

	private void writeWorkbook(Path file, int k, Seat seat, List<Integer> weeks) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
			var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
			properties.setCreator("Campaign organiser");
			properties
				.setCreated(Optional.of(Date.from(this.calendar.monday(0).atStartOfDay().toInstant(ZoneOffset.UTC))));
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			SheetRows sheetRows = new SheetRows(this.members, this.calendar, this.settings.seed(), dateStyle, k % 3);
			for (int week : weeks) {
				String name = "Week " + (week + 1) + " (" + this.calendar.monday(week).format(SHORT_DATE) + ")";
				SXSSFSheet sheet = workbook.createSheet(name);
				int first = writeTitles(sheet, k, seat, week);
				this.rows += sheetRows.write(sheet, first, sessionsOf(seat, week),
						this.settings.withFaults() && k == 0 && week == weeks.get(0));
			}
			if (k == 0 && weeks.size() > 1) {
				workbook.setSheetHidden(1, true);
			}
			if (k == 1) {
				workbook.createSheet("Notes");
			}
			workbook.write(out);
		}
	}

	/**
	 * One to three title rows, then the header; returns the first row below the header.
	 */
	private int writeTitles(SXSSFSheet sheet, int k, Seat seat, int week) {
		String[] titles = { seat.name() + " \u2013 campaign session sign-in",
				"Week commencing " + this.calendar.monday(week).format(LONG_DATE), "Organiser: " + this.members
					.name(this.members.pick(seat, SeededRandom.of(this.settings.seed(), 41, k * 100L + week))) };
		int count = k % 3 + 1;
		for (int i = 0; i < count; i++) {
			sheet.createRow(i).createCell(0).setCellValue(titles[i]);
		}
		Row header = sheet.createRow(count);
		String[] names = HEADERS[k % 3];
		for (int i = 0; i < names.length; i++) {
			header.createCell(i).setCellValue(names[i]);
		}
		return count + 1;
	}

	private List<Session> sessionsOf(Seat seat, int week) {
		return this.plan.sessions()
			.stream()
			.filter((s) -> s.seat() == seat && s.onSheet() && s.day() / 7 == week)
			.toList();
	}

	private Seat seat(int battleground) {
		return this.roster.battlegrounds().get(battleground);
	}

	long rows() {
		return this.rows;
	}

}
