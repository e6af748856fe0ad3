package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rulebook's {@code gotv} plan: one row per seat, using the seat's row in force on
 * polling day, under the rulebook for polling day. Seats the party holds get no
 * get-out-the-vote support when {@code no_support_for_held_seats} is set.
 */
public final class GotvPlan {

	private GotvPlan() {
	}

	/**
	 * @param rulebooks every rulebook held
	 * @param seats the seats snapshot
	 * @param asOf the as-of date, whose rulebook names the polling day
	 * @return the plan, or {@code null} when no rulebook has a {@code gotv} section
	 */
	public static Plan of(Rulebooks rulebooks, Seats seats, LocalDate asOf) {
		Rulebook naming = pollingDayRulebook(rulebooks, asOf);
		if (naming == null) {
			return null;
		}
		LocalDate pollingDay = naming.gotv().pollingDay();
		Rulebook governing = rulebooks.forDate(pollingDay);
		Rulebook source = (governing != null && governing.gotv() != null) ? governing : naming;
		Rulebook.Gotv rule = source.gotv();
		List<Row> rows = new ArrayList<>();
		for (String seat : seats.codes()) {
			SeatRow row = seats.inForce(seat, pollingDay);
			if (row == null) {
				rows.add(new Row(seat, null, null, true, "no classification in force on polling day"));
			}
			else if (row.held() && rule.noSupportForHeldSeats()) {
				rows.add(new Row(seat, true, row.classification(), false, "held seat: no support for held seats"));
			}
			else {
				rows.add(new Row(seat, row.held(), row.classification(), true,
						row.held() ? "held seat, and held seats get support" : "not held"));
			}
		}
		return new Plan(pollingDay, source.version(), List.copyOf(rows));
	}

	private static Rulebook pollingDayRulebook(Rulebooks rulebooks, LocalDate asOf) {
		Rulebook current = rulebooks.forDate(asOf);
		if (current != null && current.gotv() != null) {
			return current;
		}
		Rulebook latest = null;
		for (Rulebook rulebook : rulebooks.all()) {
			if (rulebook.gotv() != null) {
				latest = rulebook;
			}
		}
		return latest;
	}

	/**
	 * The plan.
	 *
	 * @param pollingDay polling day
	 * @param rulebookVersion the version of the rulebook whose {@code gotv} section the
	 * plan follows
	 * @param rows one row per seat, by seat code
	 */
	public record Plan(LocalDate pollingDay, int rulebookVersion, List<Row> rows) {
	}

	/**
	 * One seat's line of the plan.
	 *
	 * @param seatCode the seat
	 * @param held whether the party holds it on polling day, {@code null} when unknown
	 * @param classification its classification on polling day, {@code null} when unknown
	 * @param gotvSupport whether it gets get-out-the-vote support
	 * @param reason why
	 */
	public record Row(String seatCode, Boolean held, String classification, boolean gotvSupport, String reason) {
	}

}
