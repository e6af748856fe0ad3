package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A campaign session a candidate attended: the same session recorded twice, or in
 * Organise and on a sheet, is one session.
 *
 * @param candidateId the candidate, as the roster spells the id
 * @param seatCode the seat it was held in
 * @param date its London date
 * @param slot its part of the day
 */
public record Session(String candidateId, String seatCode, LocalDate date, Slot slot) implements Comparable<Session> {

	private static final Comparator<Session> ORDER = Comparator.comparing(Session::candidateId)
		.thenComparing(Session::date)
		.thenComparing(Session::slot)
		.thenComparing(Session::seatCode);

	@Override
	public int compareTo(Session other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return this.date + " " + this.slot + " " + this.seatCode;
	}

}
