package org.canvassaudit.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seats, candidates and twinnings of a generated campaign. Every third seat is a
 * battleground; the others take the {@link Scenario}s in turn, so the stories the sample
 * tells do not depend on the seed.
 */
final class Roster {

	static final String BATTLEGROUND = "battleground";

	private final List<Seat> seats = new ArrayList<>();

	private final List<Seat> battlegrounds = new ArrayList<>();

	private final List<Candidate> candidates = new ArrayList<>();

	private final List<List<Twin>> twinsByCandidate = new ArrayList<>();

	private final int sheetSeats;

	private final CampaignCalendar calendar;

	Roster(GeneratorSettings settings, CampaignCalendar calendar) {
		this.calendar = calendar;
		addSeats(settings.seats());
		this.sheetSeats = Math.min(settings.attendanceWorkbooks(), this.battlegrounds.size());
		addCandidates(settings.candidates());
		for (Candidate candidate : this.candidates) {
			this.twinsByCandidate.add(twinsFor(candidate));
		}
	}

	private void addSeats(int count) {
		int ordinal = 0;
		for (int i = 0; i < count; i++) {
			String code = "E14" + String.format("%06d", i + 1);
			String classification = switch (i % 3) {
				case 0 -> BATTLEGROUND;
				case 1 -> "safe";
				default -> "unwinnable";
			};
			boolean held = (i % 3 == 1) || (i % 6 == 0);
			Scenario scenario = (i % 3 == 0) ? null : Scenario.forOrdinal(ordinal++);
			Seat seat = new Seat(i, code, Names.seatName(i), Names.region(i), classification, held, scenario);
			this.seats.add(seat);
			if (scenario == null) {
				this.battlegrounds.add(seat);
			}
		}
	}

	private void addCandidates(int count) {
		Set<String> emails = new HashSet<>();
		for (int k = 0; k < count; k++) {
			Seat seat = this.seats.get(k % this.seats.size());
			String name = featuredName(k, seat).orElse(Names.candidateName(k));
			String id = "C" + String.format("%04d", k + 1);
			String email = Names.slug(name, '.');
			email = (emails.add(email) ? email : email + "." + id.toLowerCase()) + "@candidates.example.org";
			String role = (k % 10 == 7) ? "frontbencher" : "candidate";
			this.candidates.add(new Candidate(k, id, name, seat, role, email));
		}
	}

	/**
	 * Names the sheets must cope with go to candidates whose sessions appear on sheets;
	 * the first candidate shares a name with the first diligent one, in another seat.
	 */
	private Optional<String> featuredName(int k, Seat seat) {
		Scenario scenario = seat.scenario();
		boolean firstOfSeat = k < this.seats.size();
		if (firstOfSeat && scenario != null && seat.index() == firstSeatWith(scenario)) {
			return switch (scenario) {
				case SHEET_ONLY -> Optional.of("Siân O'Connor");
				case MISSPELT -> Optional.of("Zoë Brontë");
				case DILIGENT -> Optional.of("Sam Taylor");
				default -> Optional.empty();
			};
		}
		return (k == 0) ? Optional.of("Sam Taylor") : Optional.empty();
	}

	private int firstSeatWith(Scenario scenario) {
		return this.seats.stream().filter((s) -> s.scenario() == scenario).mapToInt(Seat::index).findFirst().orElse(-1);
	}

	private List<Twin> twinsFor(Candidate candidate) {
		Scenario scenario = candidate.scenario();
		if (scenario == null) {
			return List.of();
		}
		int ordinal = candidate.index();
		int count = this.battlegrounds.size();
		boolean sheets = scenario.usesSheets() && this.sheetSeats > 0;
		int primary = sheets ? ordinal % this.sheetSeats : ordinal % count;
		if (sheets && scenario == Scenario.SHEET_ONLY) {
			// The first workbook hides its second sheet: a reader that skips hidden
			// sheets
			// then misses a whole week of this candidate's sessions.
			primary = 0;
		}
		LocalDate from = this.calendar.twinningStart();
		List<Twin> twins = new ArrayList<>();
		if (scenario == Scenario.SWITCHER) {
			LocalDate change = this.calendar.midWeekChange();
			twins.add(new Twin(candidate, this.battlegrounds.get(primary), from, change));
			int next = ((primary + 3) % count != primary) ? (primary + 3) % count : (primary + 1) % count;
			twins.add(new Twin(candidate, this.battlegrounds.get(next), change.plusDays(1), null));
			return twins;
		}
		LocalDate to = (ordinal % 4 == 3) ? this.calendar.pollingDay() : null;
		twins.add(new Twin(candidate, this.battlegrounds.get(primary), from, to));
		if (ordinal % 3 == 1 && count > 1) {
			twins.add(new Twin(candidate, this.battlegrounds.get((primary + 1) % count), from, null));
		}
		return twins;
	}

	List<Seat> seats() {
		return this.seats;
	}

	List<Seat> battlegrounds() {
		return this.battlegrounds;
	}

	List<Candidate> candidates() {
		return this.candidates;
	}

	List<Twin> twins(Candidate candidate) {
		return this.twinsByCandidate.get(candidate.index());
	}

	List<Twin> allTwins() {
		return this.twinsByCandidate.stream().flatMap(List::stream).toList();
	}

	/**
	 * Battleground seats with sign-in workbooks: the first ones, one workbook each at
	 * least.
	 */
	int sheetSeats() {
		return this.sheetSeats;
	}

	/** The twinned seat in force on a date that a session should use, or null. */
	Seat twinOn(Candidate candidate, LocalDate date, int turn) {
		List<Seat> inForce = twins(candidate).stream().filter((t) -> t.covers(date)).map(Twin::target).toList();
		return inForce.isEmpty() ? null : inForce.get(turn % inForce.size());
	}

	/**
	 * A battleground seat the candidate is not twinned with, for sessions that must not
	 * count.
	 */
	Seat untwinnedBattleground(Candidate candidate) {
		Set<Seat> targets = new HashSet<>();
		twins(candidate).forEach((t) -> targets.add(t.target()));
		for (int i = 0; i < this.battlegrounds.size(); i++) {
			Seat seat = this.battlegrounds.get((candidate.index() + 2 + i) % this.battlegrounds.size());
			if (!targets.contains(seat) && seat != midWeekReclassified()) {
				return seat;
			}
		}
		return null;
	}

	/** The safe seat that becomes a battleground on the Monday of week 3. */
	Seat mondayReclassified() {
		int index = firstSeatWith(Scenario.NO_SHOW);
		return (index < 0) ? null : this.seats.get(index);
	}

	/** The battleground given up (made unwinnable) on the Wednesday of week 2. */
	Seat midWeekReclassified() {
		return (this.battlegrounds.size() > 1) ? this.battlegrounds.get(1) : null;
	}

	record Seat(int index, String code, String name, String region, String classification, boolean held,
			Scenario scenario) {
	}

	record Candidate(int index, String id, String fullName, Seat seat, String role, String email) {

		Scenario scenario() {
			return this.seat.scenario();
		}

		boolean frontbencher() {
			return "frontbencher".equals(this.role);
		}

	}

	record Twin(Candidate candidate, Seat target, LocalDate from, LocalDate to) {

		boolean covers(LocalDate date) {
			return !date.isBefore(this.from) && (this.to == null || !date.isAfter(this.to));
		}

	}

}
