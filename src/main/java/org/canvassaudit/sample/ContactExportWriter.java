package org.canvassaudit.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.canvassaudit.sample.Roster.Seat;

/**
 * Streams the daily Contact Creator exports, one seat-day at a time: nothing but the
 * tenth of yesterday's rows that today's export repeats is held in memory.
 */
final class ContactExportWriter {

	static final String HEADER = "contact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel,outcome";

	private static final long PURPOSE = 12;

	private static final String[] CHANNELS = { "door", "phone", "street" };

	private static final String[] OUTCOMES = table("L:28 C:22 LD:10 G:4 REF:4 SNP:1 PC:1 O:4 DK:14 A:6 WNV:2 R:4");

	private final Roster roster;

	private final CampaignCalendar calendar;

	private final ContactVolumes volumes;

	private final GeneratorSettings settings;

	private final String[] canvassingCandidate;

	private final String[] voterPrefix;

	private final int idWidth;

	private long nextId = 1;

	private long rows;

	private long distinct;

	private long counted;

	private List<Repeat> repeats = new ArrayList<>();

	private Repeat firstOfDay;

	ContactExportWriter(Roster roster, CampaignCalendar calendar, GeneratorSettings settings) {
		this.roster = roster;
		this.calendar = calendar;
		this.settings = settings;
		this.volumes = new ContactVolumes(roster, calendar, settings);
		int seats = roster.seats().size();
		this.canvassingCandidate = new String[seats];
		this.voterPrefix = new String[seats];
		roster.candidates().stream().filter((c) -> c.index() < seats).forEach((c) -> {
			this.canvassingCandidate[c.seat().index()] = c.id();
		});
		for (int s = 0; s < seats; s++) {
			this.voterPrefix[s] = "" + (char) ('A' + s % 26) + (char) ('A' + (s / 26) % 26) + (s % 7 + 1) + "-";
		}
		long expected = (long) settings.contactsPerSeatWeek() * seats * calendar.weeks();
		this.idWidth = Math.max(6, Long.toString(expected * 11 / 10).length());
	}

	/**
	 * Writes a file per day, then the file to be quarantined.
	 * @return the number of files written
	 */
	int write(Path folder) throws IOException {
		for (int day = 0; day < this.calendar.days(); day++) {
			writeDay(folder, day);
		}
		if (this.settings.withFaults()) {
			FaultyFiles.brokenContactExport(folder.resolve("cc-broken.csv"));
			return this.calendar.days() + 1;
		}
		return this.calendar.days();
	}

	private void writeDay(Path folder, int day) throws IOException {
		LocalDate date = this.calendar.day(day);
		DayClock clock = new DayClock(date);
		List<Repeat> yesterday = this.repeats;
		this.repeats = new ArrayList<>();
		this.firstOfDay = null;
		try (LineBuffer out = LineBuffer.create(folder.resolve("cc-" + date + ".csv"))) {
			if (day == 0) {
				out.bom();
			}
			out.header(HEADER);
			writeRepeats(out, yesterday, SeededRandom.of(this.settings.seed(), PURPOSE + 1, day));
			for (Seat seat : this.roster.seats()) {
				int contacts = this.volumes.contacts(seat.index(), day);
				writeSeatDay(out, seat, contacts, day, clock);
				this.distinct += contacts;
				this.counted += contacts - ContactVolumes.notInQuota(contacts);
			}
			if (this.settings.withFaults()) {
				writeFaults(out, day, clock);
			}
			this.rows += out.records() - 1;
		}
	}

	/**
	 * Writes the export of the day after the campaign, as the next night would receive
	 * it: a tenth of the last day's rows again, then new contacts spread evenly over the
	 * seats up to the number of rows asked for. Call after {@link #write}; what it writes
	 * is not part of the inbox nor of this writer's counts.
	 * @param folder where to write {@code cc-<date>.csv}
	 * @param rows records after the header, at least the number repeated
	 * @return the file written
	 */
	Path writeNextDay(Path folder, int rows) throws IOException {
		int day = this.calendar.days();
		LocalDate date = this.calendar.day(day);
		Path file = folder.resolve("cc-" + date + ".csv");
		DayClock clock = new DayClock(date);
		List<Repeat> yesterday = this.repeats;
		this.repeats = new ArrayList<>();
		this.firstOfDay = null;
		int seats = this.roster.seats().size();
		int fresh = Math.max(0, rows - yesterday.size());
		try (LineBuffer out = LineBuffer.create(file)) {
			out.header(HEADER);
			writeRepeats(out, yesterday, SeededRandom.of(this.settings.seed(), PURPOSE + 1, day));
			for (Seat seat : this.roster.seats()) {
				int contacts = fresh / seats + ((seat.index() < fresh % seats) ? 1 : 0);
				writeSeatDay(out, seat, contacts, day, clock);
			}
		}
		return file;
	}

	/**
	 * Exports overlap: a tenth of yesterday's rows come again, one in twenty-five with a
	 * field changed (channel, or outcome between counted codes) so that the conflict
	 * report has work without changing what counts.
	 */
	private void writeRepeats(LineBuffer out, List<Repeat> yesterday, SeededRandom random) throws IOException {
		for (Repeat repeat : yesterday) {
			int channel = repeat.channel();
			String outcome = repeat.outcome();
			if (random.nextInt(25) == 0) {
				if (repeat.counted() && random.nextInt(2) == 0) {
					outcome = (outcome.equals("DK")) ? "L" : "DK";
				}
				else {
					channel = (channel + 1) % CHANNELS.length;
				}
			}
			out.field().append(repeat.prefix()).plain(CHANNELS[channel]).plain(outcome).endLine();
		}
	}

	private void writeSeatDay(LineBuffer out, Seat seat, int contacts, int day, DayClock clock) throws IOException {
		int notIn = ContactVolumes.notInQuota(contacts);
		SeededRandom random = SeededRandom.of(this.settings.seed(), PURPOSE, (long) day * 1_000_003L + seat.index());
		for (int left = contacts; left > 0; left--) {
			boolean isNotIn = random.nextInt(left) < notIn;
			if (isNotIn) {
				notIn--;
			}
			writeContact(out, seat, clock, random, isNotIn);
		}
	}

	private void writeContact(LineBuffer out, Seat seat, DayClock clock, SeededRandom random, boolean notIn)
			throws IOException {
		int start = out.field().mark();
		out.append("CC").digits(this.nextId++, this.idWidth);
		out.field().append(this.voterPrefix[seat.index()]).digits(1 + random.nextInt(4999), 4);
		out.plain(seat.code()).field();
		String candidate = this.canvassingCandidate[seat.index()];
		if (candidate != null && random.nextInt(33) == 0) {
			out.append(candidate);
		}
		else {
			out.append('M').digits(10000 + (seat.index() * 131L + random.nextInt(40)) % 90000, 5);
		}
		clock.write(out.field(), random);
		String prefix = (this.firstOfDay == null || random.nextInt(10) == 0) ? out.since(start) : null;
		int channel = random.nextInt(10);
		channel = (channel < 7) ? 0 : (channel < 9) ? 1 : 2;
		String outcome = notIn ? "NI" : OUTCOMES[random.nextInt(OUTCOMES.length)];
		if (random.nextInt(200) == 0) {
			outcome = outcome.toLowerCase();
		}
		out.plain(CHANNELS[channel]).plain(outcome).endLine();
		if (prefix != null) {
			remember(new Repeat(prefix, channel, outcome, !notIn));
		}
	}

	private void remember(Repeat repeat) {
		if (this.firstOfDay == null) {
			this.firstOfDay = repeat;
		}
		else {
			this.repeats.add(repeat);
		}
	}

	private void writeFaults(LineBuffer out, int day, DayClock clock) throws IOException {
		if (day == Math.min(2, this.calendar.days() - 1)) {
			String date = clock.date().toString();
			String id = "CC" + "9".repeat(this.idWidth - 3);
			out.raw(id + "1,ZZ1-0001,E14999999,M10001," + date + "T11:00,door,L").endLine();
			out.raw(id + "2,ZZ1-0002," + seatCode(0) + ",M10001,31/02/" + date.substring(0, 4) + " 10:15,door,L")
				.endLine();
			out.raw(id + "3,ZZ1-0003," + seatCode(0) + ",M10001," + date.substring(0, 4) + "-06-31T18:00,door,C")
				.endLine();
			out.raw(id + "4,ZZ1-0004," + seatCode(0) + ",M10001," + date + "T12:00,phone,LAB").endLine();
			out.raw(",ZZ1-0005," + seatCode(0) + ",M10001," + date + "T12:05,phone,C").endLine();
			out.raw(",,,,,,").endLine();
			Repeat first = this.firstOfDay;
			if (first != null) {
				out.field().append(first.prefix()).plain(CHANNELS[first.channel()]).plain(first.outcome()).endLine();
			}
		}
		if (day == this.calendar.days() - 1) {
			LocalDateTime future = clock.date().plusDays(10).atTime(11, 0);
			out.raw("CC" + "9".repeat(this.idWidth - 3) + "5,ZZ1-0006," + seatCode(0) + ",M10001," + future + ",door,C")
				.endLine();
			this.distinct++;
			this.counted++;
		}
	}

	private String seatCode(int seat) {
		return this.roster.seats().get(seat).code();
	}

	long rows() {
		return this.rows;
	}

	long distinct() {
		return this.distinct;
	}

	long counted() {
		return this.counted;
	}

	private static String[] table(String weights) {
		List<String> slots = new ArrayList<>();
		for (String entry : weights.split(" ")) {
			String[] parts = entry.split(":");
			for (int i = 0; i < Integer.parseInt(parts[1]); i++) {
				slots.add(parts[0]);
			}
		}
		return slots.toArray(String[]::new);
	}

	/** A row kept for tomorrow's export, up to and including its contacted_at field. */
	private record Repeat(String prefix, int channel, String outcome, boolean counted) {
	}

}
