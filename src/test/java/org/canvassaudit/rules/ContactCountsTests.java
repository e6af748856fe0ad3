package org.canvassaudit.rules;

import java.time.LocalTime;

import org.canvassaudit.ingest.LocalTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.canvassaudit.rules.RulesFixtures.ANN;
import static org.canvassaudit.rules.RulesFixtures.OWN_SEAT;
import static org.canvassaudit.rules.RulesFixtures.TARGET_SEAT;
import static org.canvassaudit.rules.RulesFixtures.day;
import static org.canvassaudit.rules.RulesFixtures.hqRulebook;
import static org.canvassaudit.rules.RulesFixtures.week;

/**
 * SPEC §2 "Dates and times" and §3 own-seat contacts: every date-time becomes a
 * Europe/London local date, and contacts are counted per seat and London date.
 */
class ContactCountsTests {

	// SPEC §2: 2024-06-09T23:20Z is Monday 10 June 00:20 BST, so the contact counts in
	// 2024-W24
	@Test
	void aContactAtTwentyPastMidnightOnAMondayWrittenInUtcCountsInTheMondaysWeek() {
		LocalTimes.Stamp stamp = LocalTimes.dateTime("2024-06-09T23:20Z");
		assertThat(stamp.localDate()).isEqualTo(day("2024-06-10"));
		assertThat(stamp.localTime()).isEqualTo(LocalTime.of(0, 20));
		ContactCounts counts = new ContactCounts();
		counts.add(OWN_SEAT, stamp.localDate(), 1);
		IsoWeek w24 = week("2024-W24");
		IsoWeek w23 = week("2024-W23");
		assertThat(IsoWeek.of(stamp.localDate())).isEqualTo(w24);
		assertThat(counts.counted(OWN_SEAT, w24.monday(), w24.sunday())).isEqualTo(1);
		assertThat(counts.counted(OWN_SEAT, w23.monday(), w23.sunday())).isEqualTo(0);
	}

	// SPEC §2 and §3: that UTC-late-Sunday contact is the 501st of Monday's week, so
	// the rule applies
	@Test
	void theUtcWrittenMondayContactTipsItsWeekOverTheThreshold() {
		LocalTimes.Stamp stamp = LocalTimes.dateTime("2024-06-09T23:20Z");
		EvidenceBuilder world = EvidenceBuilder.asOf("2024-06-17")
			.candidate(ANN)
			.rulebook(hqRulebook())
			.seat(OWN_SEAT, "safe", false, "2024-05-01")
			.seat(TARGET_SEAT, "battleground", false, "2024-05-01")
			.twinned(ANN.id(), TARGET_SEAT, "2024-05-01", null)
			.contacts(OWN_SEAT, "2024-06-11", 500)
			.contacts(OWN_SEAT, stamp.localDate().toString(), 1);
		Evidence evidence = world.build();
		Decision w24 = TwinnedSessionsRule.evaluate(ANN, week("2024-W24"), hqRulebook(), evidence);
		Decision w23 = TwinnedSessionsRule.evaluate(ANN, week("2024-W23"), hqRulebook(), evidence);
		assertThat(w24.ownSeatContacts()).isEqualTo(501);
		assertThat(w24.status()).isEqualTo(Status.BREACH);
		assertThat(w23.ownSeatContacts()).isEqualTo(0);
		assertThat(w23.status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	// SPEC §2: offsets and zone-less (London) date-times land on the London date, BST
	// and GMT alike
	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(textBlock = """
			2024-06-09T23:20Z,         2024-06-10, 00:20, 2024-W24
			2024-06-09T22:59:59Z,      2024-06-09, 23:59:59, 2024-W23
			2024-06-10T00:20+01:00,    2024-06-10, 00:20, 2024-W24
			2024-06-10T00:20,          2024-06-10, 00:20, 2024-W24
			2024-06-10T01:00+02:00,    2024-06-10, 00:00, 2024-W24
			2024-06-09T23:30-01:00,    2024-06-10, 01:30, 2024-W24
			2024-06-16T23:00Z,         2024-06-17, 00:00, 2024-W25
			2024-01-07T23:20Z,         2024-01-07, 23:20, 2024-W01
			2024-01-07T23:20:30.250Z,  2024-01-07, 23:20:30.250, 2024-W01
			""")
	void everyDateTimeBecomesALondonLocalDate(String text, String localDate, String localTime, String week) {
		LocalTimes.Stamp stamp = LocalTimes.dateTime(text);
		assertThat(stamp.localDate()).isEqualTo(day(localDate));
		assertThat(stamp.localTime()).isEqualTo(LocalTime.parse(localTime));
		assertThat(IsoWeek.of(stamp.localDate())).hasToString(week);
	}

	// SPEC §3 own-seat contacts: the seat's counted contacts over the days asked,
	// inclusive
	@Test
	void countsAddUpPerSeatOverInclusiveDays() {
		ContactCounts counts = new ContactCounts();
		counts.add(OWN_SEAT, day("2024-06-09"), 7);
		counts.add(OWN_SEAT, day("2024-06-10"), 100);
		counts.add(OWN_SEAT, day("2024-06-10"), 20);
		counts.add(OWN_SEAT, day("2024-06-16"), 3);
		counts.add(OWN_SEAT, day("2024-06-17"), 40);
		counts.add(TARGET_SEAT, day("2024-06-12"), 500);
		assertThat(counts.counted(OWN_SEAT, day("2024-06-10"), day("2024-06-16"))).isEqualTo(123);
		assertThat(counts.counted(OWN_SEAT, day("2024-06-10"), day("2024-06-10"))).isEqualTo(120);
		assertThat(counts.counted(TARGET_SEAT, day("2024-06-10"), day("2024-06-16"))).isEqualTo(500);
		assertThat(counts.counted("S99", day("2024-06-10"), day("2024-06-16"))).isEqualTo(0);
		assertThat(counts.counted(OWN_SEAT, day("2024-06-16"), day("2024-06-10"))).isEqualTo(0);
		assertThat(counts.perDay(OWN_SEAT, day("2024-06-10"), day("2024-06-16")))
			.containsExactly(entry(day("2024-06-10"), 120), entry(day("2024-06-16"), 3));
	}

}
