package org.canvassaudit.nightly;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.canvassaudit.ops.ConfigurationException;

import org.springframework.scheduling.support.CronExpression;

/**
 * When {@code serve} runs the nightly job: a cron expression (Spring's six fields,
 * seconds first) in a time zone. A night that starts on day D evaluates the evidence up
 * to the day before, D - 1: the day that has just ended.
 */
public final class NightlySchedule {

	private final CronExpression cron;

	private final ZoneId zone;

	private NightlySchedule(CronExpression cron, ZoneId zone) {
		this.cron = cron;
		this.zone = zone;
	}

	/**
	 * @param cron the cron expression, e.g. {@code 0 30 2 * * *}
	 * @param zone the time zone it is read in, e.g. {@code Europe/London}
	 * @return the schedule
	 * @throws ConfigurationException naming {@code canvass.serve.cron} or
	 * {@code canvass.serve.zone} when either is malformed
	 */
	public static NightlySchedule parse(String cron, String zone) {
		if (cron == null || cron.isBlank()) {
			throw new ConfigurationException("canvass.serve.cron is not set");
		}
		CronExpression expression;
		try {
			expression = CronExpression.parse(cron.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ConfigurationException(
					"canvass.serve.cron: '" + cron + "' is not a cron expression (" + ex.getMessage() + ")", ex);
		}
		try {
			return new NightlySchedule(expression, ZoneId.of(zone.strip()));
		}
		catch (DateTimeException ex) {
			throw new ConfigurationException("canvass.serve.zone: '" + zone + "' is not a time zone", ex);
		}
	}

	/**
	 * @param after a moment
	 * @return the first start after it
	 * @throws ConfigurationException when the expression never fires
	 */
	public ZonedDateTime next(ZonedDateTime after) {
		ZonedDateTime next = this.cron.next(after.withZoneSameInstant(this.zone));
		if (next == null) {
			throw new ConfigurationException("canvass.serve.cron: '" + this.cron + "' never fires");
		}
		return next;
	}

	/**
	 * @return the current moment in the schedule's zone
	 */
	public ZonedDateTime now() {
		return ZonedDateTime.now(this.zone);
	}

	/**
	 * @param start when a night starts
	 * @return the as-of date it evaluates
	 */
	public static LocalDate asOf(ZonedDateTime start) {
		return start.toLocalDate().minusDays(1);
	}

}
