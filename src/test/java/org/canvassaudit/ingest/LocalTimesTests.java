package org.canvassaudit.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.canvassaudit.ingest.LocalTimes.Stamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §2 "Dates and times": strict {@code YYYY-MM-DD} dates, and date-times {@code
 * YYYY-MM-DDTHH:MM[:SS[.fff]]} with an optional {@code Z} or {@code ±HH:MM}, read as
 * Europe/London local dates.
 */
class LocalTimesTests {

	// Real calendar dates parse, 29 February only in a leap year.
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2024-06-03, 2024-06-03", "2024-02-29, 2024-02-29", "2000-02-29, 2000-02-29", "2024-12-31, 2024-12-31",
			"0001-01-01, 0001-01-01" })
	void parsesCalendarDates(String text, LocalDate expected) {
		assertThat(LocalTimes.date(text)).isEqualTo(expected);
	}

	// Days that do not exist and every other shape are not dates: no leniency, no rolling
	// over 31 February into March.
	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "2024-02-31", "2024-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01",
			"2024-00-10", "2024-06-00", "2024-6-3", "2024-06-3", "24-06-03", "20240603", "2024/06/03", "03/06/2024",
			"2024-06-03T10:00", "2024-06-03 ", "+2024-06-03", "2024-O6-03", "２０２４-06-03", "", "2024-06-3a" })
	void rejectsAnythingButAStrictDate(String text) {
		assertThat(LocalTimes.date(text)).isNull();
	}

	// A time without an offset is London time: in summer (BST, UTC+1) and in winter
	// (GMT).
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2024-06-10T09:30, 2024-06-10T08:30, 2024-06-10, 09:30",
			"2024-01-10T09:30, 2024-01-10T09:30, 2024-01-10, 09:30",
			"2024-06-10T00:15, 2024-06-09T23:15, 2024-06-10, 00:15",
			"2024-06-10T23:59, 2024-06-10T22:59, 2024-06-10, 23:59" })
	void readsATimeWithoutOffsetAsLondonTime(String text, LocalDateTime utc, LocalDate date, LocalTime time) {
		assertThat(LocalTimes.dateTime(text)).isEqualTo(new Stamp(utc, date, time));
	}

	// Seconds and a fraction of a second are optional and kept.
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2024-06-10T09:30:15, 2024-06-10T08:30:15, 09:30:15",
			"2024-06-10T09:30:15.123, 2024-06-10T08:30:15.123, 09:30:15.123",
			"2024-06-10T09:30:00.000, 2024-06-10T08:30, 09:30",
			"2024-06-10T09:30:15.123Z, 2024-06-10T09:30:15.123, 10:30:15.123" })
	void keepsSecondsAndFractions(String text, LocalDateTime utc, LocalTime time) {
		assertThat(LocalTimes.dateTime(text)).isEqualTo(new Stamp(utc, LocalDate.of(2024, 6, 10), time));
	}

	// UTC near midnight lands on the next London day in summer: a contact at 23:30Z on
	// Sunday 9 June counts on Monday 10 June (and so in the next ISO week).
	@Test
	void utcNearMidnightLandsOnTheNextLocalDayInSummer() {
		assertThat(LocalTimes.dateTime("2024-06-09T23:30Z"))
			.isEqualTo(new Stamp(LocalDateTime.of(2024, 6, 9, 23, 30), LocalDate.of(2024, 6, 10), LocalTime.of(0, 30)));
	}

	// In winter London is on UTC, so 23:30Z stays on the same day.
	@Test
	void utcNearMidnightStaysOnTheSameDayInWinter() {
		assertThat(LocalTimes.dateTime("2024-01-07T23:30Z"))
			.isEqualTo(new Stamp(LocalDateTime.of(2024, 1, 7, 23, 30), LocalDate.of(2024, 1, 7), LocalTime.of(23, 30)));
	}

	// An explicit offset is honoured and converted to London: +02:00 and -05:00 in
	// summer, and +01:00 just after midnight in winter: the London day before.
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "2024-06-10T10:00+02:00, 2024-06-10T08:00, 2024-06-10, 09:00",
			"2024-06-10T01:30+02:00, 2024-06-09T23:30, 2024-06-10, 00:30",
			"2024-06-10T21:30-05:00, 2024-06-11T02:30, 2024-06-11, 03:30",
			"2024-01-01T00:30+01:00, 2023-12-31T23:30, 2023-12-31, 23:30",
			"2024-06-10T09:30+00:00, 2024-06-10T09:30, 2024-06-10, 10:30",
			"2024-06-10T09:30+05:30, 2024-06-10T04:00, 2024-06-10, 05:00" })
	void convertsAnExplicitOffsetToLondon(String text, LocalDateTime utc, LocalDate date, LocalTime time) {
		assertThat(LocalTimes.dateTime(text)).isEqualTo(new Stamp(utc, date, time));
	}

	// The same wall-clock time with +02:00 and without an offset are different instants
	// an hour apart in June.
	@Test
	void aTimeWithAnOffsetDiffersFromTheSameTimeWithout() {
		Stamp withOffset = LocalTimes.dateTime("2024-06-10T10:00+02:00");
		Stamp without = LocalTimes.dateTime("2024-06-10T10:00");
		assertThat(withOffset.utc()).isEqualTo(LocalDateTime.of(2024, 6, 10, 8, 0));
		assertThat(without.utc()).isEqualTo(LocalDateTime.of(2024, 6, 10, 9, 0));
		assertThat(withOffset.localTime()).isEqualTo(LocalTime.of(9, 0));
		assertThat(without.localTime()).isEqualTo(LocalTime.of(10, 0));
	}

	// 01:30 on 31 March 2024 never happened in London (clocks went 01:00 GMT -> 02:00
	// BST): like ZonedDateTime.of it moves forward by the gap to 02:30 BST, 01:30 UTC.
	@Test
	void aTimeSkippedByTheSpringClockChangeMovesForward() {
		Stamp stamp = LocalTimes.dateTime("2024-03-31T01:30");
		assertThat(stamp)
			.isEqualTo(new Stamp(LocalDateTime.of(2024, 3, 31, 1, 30), LocalDate.of(2024, 3, 31), LocalTime.of(2, 30)));
		assertThat(stamp.utc()).isEqualTo(ZonedDateTime.of(LocalDateTime.of(2024, 3, 31, 1, 30), LocalTimes.LONDON)
			.withZoneSameInstant(java.time.ZoneOffset.UTC)
			.toLocalDateTime());
	}

	// 01:30 on 27 October 2024 happened twice in London: like ZonedDateTime.of it takes
	// the earlier offset (BST), so 00:30 UTC, and the local time is kept as written.
	@Test
	void aTimeRepeatedByTheAutumnClockChangeTakesTheEarlierOffset() {
		Stamp stamp = LocalTimes.dateTime("2024-10-27T01:30");
		assertThat(stamp).isEqualTo(
				new Stamp(LocalDateTime.of(2024, 10, 27, 0, 30), LocalDate.of(2024, 10, 27), LocalTime.of(1, 30)));
	}

	// A fraction of a second of one to nine digits is kept as written (§2 writes .fff).
	@Test
	void aFractionOfOneToNineDigitsIsKept() {
		assertThat(LocalTimes.dateTime("2024-06-10T12:00:15.5Z").utc())
			.isEqualTo(LocalDateTime.of(2024, 6, 10, 12, 0, 15, 500_000_000));
		assertThat(LocalTimes.dateTime("2024-06-10T12:00:15.123456Z").utc())
			.isEqualTo(LocalDateTime.of(2024, 6, 10, 12, 0, 15, 123_456_000));
		assertThat(LocalTimes.dateTime("2024-06-10T12:00:15.123456789Z").utc())
			.isEqualTo(LocalDateTime.of(2024, 6, 10, 12, 0, 15, 123_456_789));
	}

	// Stamp.utc() is the UTC wall clock of the instant, whatever zone it was written in.
	@Test
	void utcIsTheUtcWallClockOfTheInstant() {
		assertThat(LocalTimes.dateTime("2024-06-10T12:00Z").utc()).isEqualTo(LocalDateTime.of(2024, 6, 10, 12, 0));
		assertThat(LocalTimes.dateTime("2024-06-10T13:00").utc()).isEqualTo(LocalDateTime.of(2024, 6, 10, 12, 0));
		assertThat(LocalTimes.dateTime("2024-06-10T14:00+02:00").utc()).isEqualTo(LocalDateTime.of(2024, 6, 10, 12, 0));
	}

	// Everything outside the spec's shape is not a date-time: bad calendar days, hours
	// past 23, a space instead of T, one-digit fields, offsets without a colon or
	// minutes, a lower-case z, zone names, an empty fraction or one of ten digits, digits
	// that are not ASCII, trailing text.
	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "2024-02-31T10:00", "2024-06-10T24:00", "2024-06-10T09:60", "2024-06-10T09:30:60",
			"2024-06-10 09:30", "2024-06-10T9:30", "2024-06-10T09:3", "2024-06-10T09:30:5", "2024-06-10T09",
			"2024-06-10", "2024-06-10T", "2024-06-10T09:30.5", "2024-06-10T09:30:15.", "2024-06-10T09:30+0200",
			"2024-06-10T09:30+02", "2024-06-10T09:30+2:00", "2024-06-10T09:30z", "2024-06-10T09:30 Z",
			"2024-06-10T09:30+19:00", "2024-06-10T09:30+02:60", "2024-06-10T09:30[Europe/London]",
			"2024-06-10T09:30UTC", "2024-06-10T09:30:15.123x", "2024-06-10T09:30:15.1234567891",
			"2024-06-10T09:30:15.\u0661\u0662", "2024-06-10t09:30", "10/06/2024 09:30", "" })
	void rejectsAnythingButTheSpecsDateTimeShape(String text) {
		assertThat(LocalTimes.dateTime(text)).isNull();
	}

	// The cached offsets away from clock changes give exactly what the zone rules give,
	// for
	// every 7 minutes of three years, written locally, in UTC and with a +02:00 offset.
	@Test
	void agreesWithTheZoneRulesAtEveryTimeOfThreeYears() {
		java.time.LocalDateTime end = java.time.LocalDateTime.of(2026, 1, 1, 0, 0);
		for (java.time.LocalDateTime t = java.time.LocalDateTime.of(2023, 1, 1, 0, 0); t
			.isBefore(end); t = t.plusMinutes(7)) {
			String text = t.toString();
			java.time.ZonedDateTime local = java.time.ZonedDateTime.of(t, LocalTimes.LONDON);
			assertThat(LocalTimes.dateTime(text)).as(text)
				.isEqualTo(new LocalTimes.Stamp(
						java.time.LocalDateTime.ofInstant(local.toInstant(), java.time.ZoneOffset.UTC),
						local.toLocalDate(), local.toLocalTime()));
			for (String zone : java.util.List.of("Z", "+02:00")) {
				java.time.ZonedDateTime london = t.atOffset(java.time.ZoneOffset.of(zone))
					.atZoneSameInstant(LocalTimes.LONDON);
				assertThat(LocalTimes.dateTime(text + zone)).as(text + zone)
					.isEqualTo(new LocalTimes.Stamp(
							java.time.LocalDateTime.ofInstant(london.toInstant(), java.time.ZoneOffset.UTC),
							london.toLocalDate(), london.toLocalTime()));
			}
		}
	}

}
