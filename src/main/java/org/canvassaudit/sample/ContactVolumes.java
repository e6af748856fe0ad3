package org.canvassaudit.sample;

import org.canvassaudit.sample.Roster.Seat;
import org.canvassaudit.sample.Scenario.Level;

/**
 * How many distinct contacts each seat gets on each day. Weekly totals follow the seat's
 * {@link Level}, scaled so that the average over all seat-weeks is the one asked for;
 * each week's total is then spread over its days with a little jitter, the Sunday taking
 * the rest so the weekly figure stays exact.
 */
final class ContactVolumes {

	private static final double[] DAY_WEIGHTS = { 0.9, 0.9, 1.0, 1.0, 1.0, 1.3, 0.9 };

	private static final long PURPOSE = 11;

	private final int[][] perDay;

	ContactVolumes(Roster roster, CampaignCalendar calendar, GeneratorSettings settings) {
		int seats = roster.seats().size();
		double[][] weights = new double[seats][calendar.weeks()];
		double total = 0;
		for (Seat seat : roster.seats()) {
			for (int week = 0; week < calendar.weeks(); week++) {
				weights[seat.index()][week] = weight(seat, week, roster, calendar);
				total += weights[seat.index()][week];
			}
		}
		double scale = (double) settings.contactsPerSeatWeek() * seats * calendar.weeks() / total;
		this.perDay = new int[seats][calendar.days()];
		for (int seat = 0; seat < seats; seat++) {
			for (int week = 0; week < calendar.weeks(); week++) {
				int weekly = (int) Math.round(weights[seat][week] * scale);
				spread(weekly, SeededRandom.of(settings.seed(), PURPOSE, seat * 1000L + week), this.perDay[seat],
						week * 7);
			}
		}
	}

	/**
	 * The safe seat that becomes a battleground in week 3 stops mattering then, so it
	 * falls to battleground volume and keeps the committed sample small.
	 */
	private static double weight(Seat seat, int week, Roster roster, CampaignCalendar calendar) {
		Level level = (seat.scenario() != null) ? seat.scenario().level() : Level.BATTLEGROUND;
		if (seat == roster.mondayReclassified() && week >= calendar.changeWeek()) {
			level = Level.BATTLEGROUND;
		}
		return switch (level) {
			case HIGH -> 2.0;
			case LOW -> 0.35;
			case BATTLEGROUND -> 0.12;
			case RISING -> 1.5 + 0.65 * week / Math.max(1, calendar.weeks() - 1);
		};
	}

	private static void spread(int weekly, SeededRandom random, int[] days, int monday) {
		int left = weekly;
		for (int day = 0; day < 6; day++) {
			double jitter = 0.9 + 0.2 * random.nextDouble();
			int count = Math.min(left, (int) (weekly * DAY_WEIGHTS[day] / 7.0 * jitter));
			days[monday + day] = count;
			left -= count;
		}
		days[monday + 6] = left;
	}

	int contacts(int seat, int day) {
		return this.perDay[seat][day];
	}

	/** About a quarter of each seat-day's contacts are "not in", by exact quota. */
	static int notInQuota(int contacts) {
		return (contacts + 2) / 4;
	}

}
