package org.canvassaudit.nightly;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.canvassaudit.ops.ConfigurationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NightlyScheduleTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	// 02:30 London time every night; the night of 2024-03-31 (clocks go forward at 01:00)
	// still starts at 02:30 BST, and evaluates the day before.
	@Test
	void startsNightlyInLondonTimeAndEvaluatesTheDayThatEnded() {
		NightlySchedule schedule = NightlySchedule.parse("0 30 2 * * *", "Europe/London");

		ZonedDateTime next = schedule.next(ZonedDateTime.of(2024, 3, 30, 23, 0, 0, 0, LONDON));

		assertThat(next).isEqualTo(ZonedDateTime.of(2024, 3, 31, 2, 30, 0, 0, LONDON));
		assertThat(next.getOffset().getTotalSeconds()).isEqualTo(3600);
		assertThat(NightlySchedule.asOf(next)).isEqualTo(LocalDate.of(2024, 3, 30));
		assertThat(schedule.next(next)).isEqualTo(ZonedDateTime.of(2024, 4, 1, 2, 30, 0, 0, LONDON));
	}

	@Test
	void namesTheSettingThatIsWrong() {
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> NightlySchedule.parse("every night", "Europe/London"))
			.withMessageStartingWith("canvass.serve.cron: 'every night' is not a cron expression");
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> NightlySchedule.parse("0 30 2 * *", "Europe/London"))
			.withMessageStartingWith("canvass.serve.cron: '0 30 2 * *' is not a cron expression");
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> NightlySchedule.parse(" ", "Europe/London"))
			.withMessage("canvass.serve.cron is not set");
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> NightlySchedule.parse("0 30 2 * * *", "Europe/Atlantis"))
			.withMessage("canvass.serve.zone: 'Europe/Atlantis' is not a time zone");
	}

	// 30 February never comes.
	@Test
	void refusesAScheduleThatNeverFires() {
		NightlySchedule schedule = NightlySchedule.parse("0 0 0 30 2 *", "Europe/London");

		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> schedule.next(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, LONDON)))
			.withMessage("canvass.serve.cron: '0 0 0 30 2 *' never fires");
	}

}
