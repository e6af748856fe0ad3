package org.canvassaudit.rules;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3 Sessions (Organise slot from the London start time) and §2 attendance sheets
 * ({@code Session} words).
 */
class SlotTests {

	// SPEC §3: before 12:00 AM, before 17:00 PM, else EVE
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			00:00, AM
			09:30, AM
			11:59:59, AM
			12:00, PM
			16:59, PM
			17:00, EVE
			23:59, EVE
			""")
	void anOrganiseSessionsSlotComesFromItsLondonStartTime(String start, Slot expected) {
		assertThat(Slot.of(LocalTime.parse(start))).isEqualTo(expected);
	}

	// SPEC §2: Session is AM, PM or EVE in any case, also Morning, Afternoon, Evening
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			AM, AM
			am, AM
			Morning, AM
			MORNING, AM
			PM, PM
			pm, PM
			Afternoon, PM
			EVE, EVE
			Eve, EVE
			evening, EVE
			""")
	void aSheetsSessionWordNamesItsSlot(String word, Slot expected) {
		assertThat(Slot.ofWord(word)).isEqualTo(expected);
	}

	// SPEC §2 Rejected rows: any other word is not a slot
	@ParameterizedTest(name = "{0} is no slot")
	@ValueSource(strings = { "", "noon", "night", "a.m.", "lunch", "EVENINGS" })
	void anyOtherWordIsNoSlot(String word) {
		assertThat(Slot.ofWord(word)).isNull();
	}

}
