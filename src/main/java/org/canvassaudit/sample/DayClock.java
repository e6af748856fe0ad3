package org.canvassaudit.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes the contacted_at of one day's contacts in the forms the exports mix: local time
 * (mostly), local with seconds, UTC with {@code Z}, local with its offset, and now and
 * then half past midnight written in UTC, which in summer is 23:30Z of the day before.
 */
final class DayClock {

	private final LocalDate date;

	private final String localPrefix;

	private final String offsetSuffix;

	private final int offsetHours;

	private final String lateNight;

	DayClock(LocalDate date) {
		this.date = date;
		this.localPrefix = date + "T";
		ZoneOffset offset = CampaignCalendar.LONDON.getRules().getOffset(date.atTime(LocalTime.NOON));
		this.offsetHours = offset.getTotalSeconds() / 3600;
		this.offsetSuffix = (offset.getTotalSeconds() == 0) ? "+00:00" : offset.getId();
		this.lateNight = date.atTime(0, 30)
			.atZone(CampaignCalendar.LONDON)
			.withZoneSameInstant(ZoneOffset.UTC)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'"));
	}

	LocalDate date() {
		return this.date;
	}

	/**
	 * Canvassing hours run from 09:00 to 20:59 local time, so UTC never changes the date.
	 */
	void write(LineBuffer out, SeededRandom random) {
		int hour = 9 + random.nextInt(12);
		int minute = random.nextInt(60);
		int style = random.nextInt(1000);
		if (style >= 998) {
			out.append(this.lateNight);
			return;
		}
		boolean utc = style >= 890 && style < 940;
		out.append(this.localPrefix).digits(utc ? hour - this.offsetHours : hour, 2).append(':').digits(minute, 2);
		if (style >= 840 && style < 890) {
			out.append(':').digits(random.nextInt(60), 2);
		}
		else if (utc) {
			out.append('Z');
		}
		else if (style >= 940) {
			out.append(this.offsetSuffix);
		}
	}

}
