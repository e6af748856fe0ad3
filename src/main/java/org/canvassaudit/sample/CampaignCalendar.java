package org.canvassaudit.sample;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dates every part of the inbox agrees on. Events that the brief places "in week 2"
 * or "from week 3" fall back to the last generated week when there are fewer weeks, so
 * that small inboxes still contain them.
 */
final class CampaignCalendar {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final LocalDate firstMonday;

	private final int weeks;

	CampaignCalendar(LocalDate firstMonday, int weeks) {
		this.firstMonday = firstMonday;
		this.weeks = weeks;
	}

	int weeks() {
		return this.weeks;
	}

	int days() {
		return this.weeks * 7;
	}

	LocalDate day(int dayIndex) {
		return this.firstMonday.plusDays(dayIndex);
	}

	LocalDate monday(int week) {
		return this.firstMonday.plusWeeks(week);
	}

	LocalDate lastDay() {
		return day(days() - 1);
	}

	/** Where the seat and twinning histories start: well before the campaign. */
	LocalDate referenceStart() {
		return this.firstMonday.minusMonths(3).withDayOfMonth(1);
	}

	LocalDate twinningStart() {
		return this.firstMonday.minusWeeks(2);
	}

	/**
	 * The week of the Whitsun recess, of the mid-week reclassification and twinning
	 * change.
	 */
	int recessWeek() {
		return Math.min(1, this.weeks - 1);
	}

	LocalDate recessStart() {
		return monday(recessWeek());
	}

	LocalDate recessEnd() {
		return recessStart().plusDays(4);
	}

	LocalDate summerRecessStart() {
		return lastDay().plusDays(25);
	}

	LocalDate summerRecessEnd() {
		return summerRecessStart().plusDays(32);
	}

	/** A seat is reclassified on this Wednesday and a twinning ends on it. */
	LocalDate midWeekChange() {
		return recessStart().plusDays(2);
	}

	/** The second rulebook and the Monday reclassification take effect here. */
	int changeWeek() {
		return Math.min(2, this.weeks - 1);
	}

	LocalDate changeMonday() {
		return monday(changeWeek());
	}

	/**
	 * Rulebook v2 comes in at week 3 even when fewer weeks are generated (then in the
	 * future).
	 */
	LocalDate secondRulebookStart() {
		return this.firstMonday.plusWeeks(2);
	}

	/** The Thursday after the last week. */
	LocalDate pollingDay() {
		return lastDay().plusDays(4);
	}

}
