package org.canvassaudit.sample;

import java.util.ArrayList;
import java.util.List;

import org.canvassaudit.sample.Roster.Candidate;
import org.canvassaudit.sample.Roster.Seat;

/**
 * One campaign session in a battleground seat, with the candidates planned to attend it
 * and where each attendance is recorded. Other members and volunteers are drawn when the
 * session is written, from a stream keyed by {@link #key()}.
 */
final class Session {

	/** The three slots of a day; SPEC §3 derives them from the start time. */
	enum Slot {

		AM, PM, EVE

	}

	/** Where an attendance shows up; both or twice must still count once. */
	enum Recorded {

		ORGANISE, SHEET, BOTH, ORGANISE_TWICE;

		boolean onSheet() {
			return this == SHEET || this == BOTH;
		}

	}

	/** How a sign-in sheet spells the candidate. */
	enum NameForm {

		EXACT, NO_ACCENTS, UPPER, LOWER, NO_APOSTROPHE, EXTRA_SPACES, WITH_ID, MISSPELT, AMBIGUOUS

	}

	record Attendance(Candidate candidate, Recorded recorded, NameForm form) {
	}

	private final Seat seat;

	private final int day;

	private final Slot slot;

	private final List<Attendance> attendances = new ArrayList<>();

	private boolean onSheet;

	Session(Seat seat, int day, Slot slot) {
		this.seat = seat;
		this.day = day;
		this.slot = slot;
	}

	static long key(int day, int seatIndex, Slot slot) {
		return ((long) day * 1_000_000L + seatIndex) * 3 + slot.ordinal();
	}

	long key() {
		return key(this.day, this.seat.index(), this.slot);
	}

	Seat seat() {
		return this.seat;
	}

	int day() {
		return this.day;
	}

	Slot slot() {
		return this.slot;
	}

	List<Attendance> attendances() {
		return this.attendances;
	}

	void add(Attendance attendance) {
		this.attendances.add(attendance);
		if (attendance.recorded().onSheet()) {
			this.onSheet = true;
		}
	}

	/** Whether the organiser kept a paper sheet for it. */
	boolean onSheet() {
		return this.onSheet;
	}

	void keepSheet() {
		this.onSheet = true;
	}

}
