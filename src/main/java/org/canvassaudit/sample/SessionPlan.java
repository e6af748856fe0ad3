package org.canvassaudit.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.canvassaudit.sample.Roster.Candidate;
import org.canvassaudit.sample.Roster.Seat;
import org.canvassaudit.sample.Session.Attendance;
import org.canvassaudit.sample.Session.NameForm;
import org.canvassaudit.sample.Session.Recorded;
import org.canvassaudit.sample.Session.Slot;

import static org.canvassaudit.evaluation.Names.normalise;

/**
 * Every session of the campaign and who attends it, decided before anything is written so
 * that Organise files and sign-in sheets tell one consistent story. A candidate's
 * sessions follow their {@link Scenario}; frontbenchers also visit target seats in the
 * Whitsun recess.
 */
final class SessionPlan {

	private static final long PURPOSE = 21;

	private static final NameForm[] SHEET_FORMS = { NameForm.NO_ACCENTS, NameForm.EXACT, NameForm.UPPER,
			NameForm.WITH_ID, NameForm.NO_APOSTROPHE, NameForm.LOWER, NameForm.EXTRA_SPACES };

	private final Roster roster;

	private final CampaignCalendar calendar;

	private final TreeMap<Long, Session> sessions = new TreeMap<>();

	private final Set<Long> busy = new HashSet<>();

	private final Map<Candidate, List<Declaration>> declarations = new LinkedHashMap<>();

	private final Map<Candidate, Integer> sheetRowsSoFar = new LinkedHashMap<>();

	private final Set<String> sharedNames = new HashSet<>();

	SessionPlan(Roster roster, CampaignCalendar calendar, long seed) {
		this.roster = roster;
		this.calendar = calendar;
		Set<String> seen = new HashSet<>();
		roster.candidates()
			.stream()
			.map((c) -> normalise(c.fullName()))
			.filter((n) -> !seen.add(n))
			.forEach(this.sharedNames::add);
		planMemberSessions(seed);
		int frontbencher = 0;
		for (Candidate candidate : roster.candidates()) {
			if (candidate.frontbencher()) {
				planRecessVisits(candidate, frontbencher++);
			}
		}
		for (Candidate candidate : roster.candidates()) {
			for (int week = 0; week < calendar.weeks() && candidate.scenario() != null; week++) {
				planWeek(candidate, week, SeededRandom.of(seed, PURPOSE, candidate.index() * 100L + week));
			}
		}
	}

	/** Sessions of members only, so battleground seats are busy whoever else turns up. */
	private void planMemberSessions(long seed) {
		for (Seat seat : this.roster.battlegrounds()) {
			SeededRandom random = SeededRandom.of(seed, PURPOSE + 1, seat.index());
			for (int day = 0; day < this.calendar.days(); day++) {
				for (Slot slot : Slot.values()) {
					if (random.percent(22)) {
						Session session = session(seat, day, slot);
						if (hasSheets(seat) && random.percent(40)) {
							session.keepSheet();
						}
					}
				}
			}
		}
	}

	private void planWeek(Candidate c, int week, SeededRandom random) {
		switch (c.scenario()) {
			case DILIGENT -> twinned(c, week, random, 6, (i) -> (i == 0) ? Recorded.BOTH : Recorded.ORGANISE);
			case QUIET -> twinned(c, week, random, 1, (i) -> Recorded.ORGANISE);
			case NO_SHOW -> {
				twinned(c, week, random, 2, (i) -> Recorded.ORGANISE);
				elsewhere(c, week, random, 2);
			}
			case DOUBLE_RECORDED -> twinned(c, week, random, 4,
					(i) -> (i == 2) ? Recorded.BOTH : (i == 3) ? Recorded.ORGANISE_TWICE : Recorded.ORGANISE);
			case RISING -> twinned(c, week, random, 3, (i) -> Recorded.ORGANISE);
			case LAPSED -> twinned(c, week, random, (week == this.calendar.changeWeek()) ? 2 : 5,
					(i) -> (i % 2 == 0) ? Recorded.ORGANISE : Recorded.SHEET);
			case MISSPELT -> twinned(c, week, random, 5, (i) -> (i == 4) ? Recorded.SHEET : Recorded.ORGANISE);
			case SHEET_ONLY -> twinned(c, week, random, 5, (i) -> Recorded.SHEET);
			case SWITCHER -> switcher(c, week, random);
			case QUIET_DILIGENT -> twinned(c, week, random, 6, (i) -> Recorded.ORGANISE);
		}
	}

	private void twinned(Candidate c, int week, SeededRandom random, int count, IntFunction<Recorded> recording) {
		twinned(c, week, random, count, recording, (day) -> true);
	}

	/**
	 * Sessions in a seat the candidate is twinned with on the day; sheet rows need a
	 * workbook.
	 */
	private void twinned(Candidate c, int week, SeededRandom random, int count, IntFunction<Recorded> recording,
			IntPredicate days) {
		for (int i = 0; i < count; i++) {
			int[] daySlot = pick(c, week, random,
					(day) -> days.test(day) && this.roster.twinOn(c, date(day), 0) != null);
			if (daySlot == null) {
				return;
			}
			Recorded recorded = recording.apply(i);
			Seat seat = recorded.onSheet() ? twinWithSheets(c, date(daySlot[0]), i) : null;
			if (seat == null) {
				recorded = (recorded == Recorded.ORGANISE_TWICE) ? recorded : Recorded.ORGANISE;
				seat = this.roster.twinOn(c, date(daySlot[0]), i);
			}
			attend(c, seat, daySlot, recorded);
		}
	}

	/**
	 * Sessions in a battleground seat the candidate is not twinned with: they count for
	 * nothing.
	 */
	private void elsewhere(Candidate c, int week, SeededRandom random, int count) {
		Seat seat = this.roster.untwinnedBattleground(c);
		for (int i = 0; i < count && seat != null; i++) {
			int[] daySlot = pick(c, week, random, (day) -> true);
			if (daySlot != null) {
				attend(c, seat, daySlot, Recorded.ORGANISE);
			}
		}
	}

	/**
	 * In the week the twinning moves, three sessions in the old seat up to the Wednesday,
	 * two in the new one after it, and one on the Friday back in the old seat, no longer
	 * twinned: five count, whether one looks up the twinning of today or of each
	 * session's date wrongly.
	 */
	private void switcher(Candidate c, int week, SeededRandom random) {
		if (week != this.calendar.recessWeek() || this.calendar.weeks() < 2) {
			twinned(c, week, random, 5, (i) -> Recorded.ORGANISE);
			return;
		}
		LocalDate change = this.calendar.midWeekChange();
		twinned(c, week, random, 3, (i) -> Recorded.ORGANISE, (day) -> !date(day).isAfter(change));
		twinned(c, week, random, 2, (i) -> Recorded.ORGANISE, (day) -> date(day).isAfter(change));
		afterTwinningEnded(c, week);
	}

	private void afterTwinningEnded(Candidate c, int week) {
		Seat oldSeat = this.roster.twins(c).get(0).target();
		int friday = week * 7 + 4;
		int slot = freeSlot(c, friday);
		if (slot >= 0) {
			attend(c, oldSeat, new int[] { friday, slot }, Recorded.ORGANISE);
		}
	}

	/**
	 * Frontbenchers visit target seats in the recess. The first (and every other) attends
	 * four days and declares three of them plus a day not attended: compliant. The next
	 * visits the seat given up on the Wednesday that very day, which is no longer a
	 * battleground, and declares only three days, one of them that Wednesday: two counted
	 * visit days, a breach.
	 */
	private void planRecessVisits(Candidate c, int ordinal) {
		Seat seat = this.roster.untwinnedBattleground(c);
		if (seat == null) {
			return;
		}
		Seat givenUp = (this.roster.midWeekReclassified() != null) ? this.roster.midWeekReclassified() : seat;
		int monday = this.calendar.recessWeek() * 7;
		boolean compliant = ordinal % 2 == 0;
		Seat[] visits = compliant ? new Seat[] { seat, seat, null, seat, seat }
				: new Seat[] { seat, null, givenUp, seat, seat };
		int[] declared = compliant ? new int[] { 0, 1, 2, 3 } : new int[] { 0, 2, 3 };
		for (int d = 0; d < visits.length; d++) {
			int slot = (visits[d] != null) ? freeSlot(c, monday + d) : -1;
			if (slot >= 0) {
				attend(c, visits[d], new int[] { monday + d, slot }, Recorded.ORGANISE);
			}
		}
		List<Declaration> list = new ArrayList<>();
		for (int d : declared) {
			Seat target = (visits[d] != null) ? visits[d] : seat;
			list.add(new Declaration(date(monday + d), (compliant || d != 3) ? target : null));
		}
		this.declarations.put(c, list);
	}

	/**
	 * A free day and slot of the week, or null. A frontbencher's recess weekdays are left
	 * to the planned visits, so the recess figures stay as designed.
	 */
	private int[] pick(Candidate c, int week, SeededRandom random, IntPredicate dayAllowed) {
		List<int[]> free = new ArrayList<>();
		int recessMonday = this.calendar.recessWeek() * 7;
		for (int day = week * 7; day < week * 7 + 7; day++) {
			boolean recessDay = c.frontbencher() && day >= recessMonday && day < recessMonday + 5;
			for (int slot = 0; slot < 3 && dayAllowed.test(day) && !recessDay; slot++) {
				if (!this.busy.contains(busyKey(c, day, slot))) {
					free.add(new int[] { day, slot });
				}
			}
		}
		return free.isEmpty() ? null : free.get(random.nextInt(free.size()));
	}

	/** Evenings first: frontbenchers come after the day's business. */
	private int freeSlot(Candidate c, int day) {
		for (int slot = 2; slot >= 0; slot--) {
			if (!this.busy.contains(busyKey(c, day, slot))) {
				return slot;
			}
		}
		return -1;
	}

	private Seat twinWithSheets(Candidate c, LocalDate date, int turn) {
		List<Seat> covered = this.roster.twins(c)
			.stream()
			.filter((t) -> t.covers(date) && hasSheets(t.target()))
			.map(Roster.Twin::target)
			.toList();
		return covered.isEmpty() ? null : covered.get(turn % covered.size());
	}

	private void attend(Candidate c, Seat seat, int[] daySlot, Recorded recorded) {
		this.busy.add(busyKey(c, daySlot[0], daySlot[1]));
		NameForm form = recorded.onSheet() ? nameForm(c) : NameForm.EXACT;
		session(seat, daySlot[0], Slot.values()[daySlot[1]]).add(new Attendance(c, recorded, form));
	}

	/**
	 * The misspelt candidate's sheet rows are misspelt; a candidate sharing a name with
	 * another signs with their id, except once, which review must settle; the others
	 * rotate variants.
	 */
	private NameForm nameForm(Candidate c) {
		int turn = this.sheetRowsSoFar.merge(c, 1, Integer::sum) - 1;
		if (c.scenario() == Scenario.MISSPELT) {
			return NameForm.MISSPELT;
		}
		if (this.sharedNames.contains(normalise(c.fullName()))) {
			return (turn == 0) ? NameForm.AMBIGUOUS : NameForm.WITH_ID;
		}
		return SHEET_FORMS[turn % SHEET_FORMS.length];
	}

	private Session session(Seat seat, int day, Slot slot) {
		return this.sessions.computeIfAbsent(Session.key(day, seat.index(), slot), (k) -> new Session(seat, day, slot));
	}

	private long busyKey(Candidate c, int day, int slot) {
		return ((long) c.index() * this.calendar.days() + day) * 3 + slot;
	}

	private LocalDate date(int day) {
		return this.calendar.day(day);
	}

	/** The first battleground seats have sign-in workbooks, one per seat at least. */
	boolean hasSheets(Seat seat) {
		int position = this.roster.battlegrounds().indexOf(seat);
		return position >= 0 && position < this.roster.sheetSeats();
	}

	/** All sessions in day, seat and slot order. */
	Collection<Session> sessions() {
		return this.sessions.values();
	}

	Map<Candidate, List<Declaration>> declarations() {
		return this.declarations;
	}

	/**
	 * A date a frontbencher declares, with the seat named (or left blank) on the form.
	 */
	record Declaration(LocalDate date, Seat seat) {
	}

}
