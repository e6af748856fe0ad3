package org.canvassaudit.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.canvassaudit.sample.Roster.Candidate;
import org.canvassaudit.sample.Session.Attendance;

/**
 * Writes one Organise export per day with sessions: a row per person checked in,
 * candidates by their candidate id, other members by an {@code M} number.
 */
final class OrganiseWriter {

	static final String HEADER = "session_id,seat_code,session_start,session_end,activity,attendee_id,attendee_name,checked_in_at";

	private static final long PURPOSE = 31;

	/** Starts on either side of the 12:00 and 17:00 slot boundaries of SPEC §3. */
	private static final String[][] STARTS = { { "09:30", "10:00", "11:00" }, { "12:00", "14:00", "15:30" },
			{ "17:00", "18:30", "18:30" } };

	private static final String[] ACTIVITIES = { "door knocking", "phone bank", "street stall", "leafleting" };

	private final SessionPlan plan;

	private final CampaignCalendar calendar;

	private final Members members;

	private final GeneratorSettings settings;

	private long rows;

	private int sessionNumber;

	OrganiseWriter(SessionPlan plan, CampaignCalendar calendar, Members members, GeneratorSettings settings) {
		this.plan = plan;
		this.calendar = calendar;
		this.members = members;
		this.settings = settings;
	}

	/**
	 * Writes a file per day with sessions, then the file to be ignored.
	 * @return the number of files written
	 */
	int write(Path folder) throws IOException {
		List<List<Session>> byDay = new ArrayList<>();
		for (int day = 0; day < this.calendar.days(); day++) {
			byDay.add(new ArrayList<>());
		}
		this.plan.sessions().forEach((s) -> byDay.get(s.day()).add(s));
		int files = 0;
		for (int day = 0; day < this.calendar.days(); day++) {
			if (!byDay.get(day).isEmpty()) {
				writeDay(folder, day, byDay.get(day));
				files++;
			}
		}
		if (this.settings.withFaults()) {
			FaultyFiles.organiseNotes(folder.resolve("notes.txt"));
			files++;
		}
		return files;
	}

	/** The second day's export was saved from Excel, with CRLF line ends. */
	private void writeDay(Path folder, int day, List<Session> sessions) throws IOException {
		Path file = folder.resolve("organise-" + this.calendar.day(day) + ".csv");
		try (LineBuffer out = (day == 1) ? LineBuffer.createCrlf(file) : LineBuffer.create(file)) {
			out.header(HEADER);
			for (Session session : sessions) {
				writeSession(out, session);
			}
			if (this.settings.withFaults() && day == Math.min(2, this.calendar.days() - 1)) {
				Session first = sessions.get(0);
				out.raw("S9999999," + first.seat().code() + "," + this.calendar.day(day) + "T10:00,"
						+ this.calendar.day(day) + "T12:00,door knocking,,Walk-in volunteer,")
					.endLine();
			}
			this.rows += out.records() - 1;
		}
	}

	private void writeSession(LineBuffer out, Session session) throws IOException {
		SeededRandom random = SeededRandom.of(this.settings.seed(), PURPOSE, session.key());
		String id = "S" + (1_000_000 + ++this.sessionNumber);
		String date = this.calendar.day(session.day()) + "T";
		String start = STARTS[session.slot().ordinal()][random.nextInt(3)];
		int endHour = Integer.parseInt(start.substring(0, 2)) + 2;
		String prefix = id + "," + session.seat().code() + "," + date + start + "," + date + endHour
				+ start.substring(2) + "," + ACTIVITIES[random.nextInt(ACTIVITIES.length)];
		int memberCount = 1 + random.nextInt(5);
		for (int i = 0; i < memberCount; i++) {
			int member = this.members.pick(session.seat(), random);
			row(out, prefix, this.members.id(member), this.members.name(member), date, start, random);
		}
		for (Attendance attendance : session.attendances()) {
			Candidate candidate = attendance.candidate();
			int times = switch (attendance.recorded()) {
				case SHEET -> 0;
				case ORGANISE_TWICE -> 2;
				default -> 1;
			};
			for (int i = 0; i < times; i++) {
				row(out, prefix, candidate.id(), candidate.fullName(), date, start, random);
			}
		}
	}

	private static void row(LineBuffer out, String prefix, String id, String name, String date, String start,
			SeededRandom random) throws IOException {
		out.field().append(prefix).plain(id).text(name).field();
		if (random.nextInt(10) != 0) {
			int minute = Integer.parseInt(start.substring(3)) + random.nextInt(20);
			out.append(date).append(start.substring(0, 3)).digits(minute, 2);
		}
		out.endLine();
	}

	long rows() {
		return this.rows;
	}

}
