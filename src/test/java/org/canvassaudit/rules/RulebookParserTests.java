package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SPEC §2 "Rulebooks": the example parses exactly; unknown keys, wrong types, missing
 * keys, duplicate keys and unknown tools are errors naming the key, never defaults.
 */
class RulebookParserTests {

	private static final String SHA = "ab".repeat(32);

	private static final String EXAMPLE = """
			rulebook: hq-field-rules
			version: 2
			effective_from: 2024-06-03          # governs every week whose Monday is on or after this date
			twinned_sessions:
			  applies_to_classifications: [safe, unwinnable]
			  own_seat_contacts_more_than: 500
			  required_twinned_sessions: 5
			  revoke_on_breach: [organise, contact_creator, leaflet_printing]
			recess_visits:
			  role: frontbencher
			  required_visits: 3
			  visits_must_be_declared: true
			classification_access:              # optional: tools denied outright by seat classification
			  unwinnable: [contact_creator]
			gotv:
			  polling_day: 2024-07-04
			  no_support_for_held_seats: true
			""";

	// The SPEC §2 example, byte for byte, gives exactly these values.
	@Test
	void parsesTheSpecExampleExactly() throws RulebookException {
		Rulebook rulebook = RulebookParser.parse(EXAMPLE, SHA);
		assertThat(rulebook).isEqualTo(new Rulebook("hq-field-rules", 2, LocalDate.of(2024, 6, 3),
				new Rulebook.TwinnedSessions(Set.of("safe", "unwinnable"), 500, 5,
						List.of(Tool.ORGANISE, Tool.CONTACT_CREATOR, Tool.LEAFLET_PRINTING)),
				new Rulebook.RecessVisits("frontbencher", 3, true), Map.of("unwinnable", Set.of(Tool.CONTACT_CREATOR)),
				new Rulebook.Gotv(LocalDate.of(2024, 7, 4), true), SHA));
	}

	// classification_access is optional: without it nothing is denied outright.
	@Test
	void classificationAccessIsOptional() throws RulebookException {
		Rulebook rulebook = RulebookParser.parse(without(EXAMPLE, "classification_access:", "  unwinnable:"), SHA);
		assertThat(rulebook.classificationAccess()).isEmpty();
		assertThat(rulebook.twinnedSessions().requiredTwinnedSessions()).isEqualTo(5);
	}

	// A future effective_from is valid: HQ may publish a rulebook before it governs.
	@Test
	void aFutureEffectiveFromIsValid() throws RulebookException {
		Rulebook rulebook = RulebookParser
			.parse(EXAMPLE.replace("effective_from: 2024-06-03", "effective_from: 2099-01-05"), SHA);
		assertThat(rulebook.effectiveFrom()).isEqualTo(LocalDate.of(2099, 1, 5));
	}

	// A date stays a calendar date, whatever the JVM's time zone (YAML timestamps would
	// not).
	@Test
	void readsDatesAsCalendarDates() throws RulebookException {
		Rulebook rulebook = RulebookParser.parse(EXAMPLE.replace("polling_day: 2024-07-04", "polling_day: 2024-12-31"),
				SHA);
		assertThat(rulebook.gotv().pollingDay()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	// An unknown key, at the top level or inside a section, is an error naming its full
	// key path.
	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false,
			value = { "rulebook: hq-field-rules;colour: red;colour",
					"  own_seat_contacts_more_than: 500;  max_contacts: 7;twinned_sessions.max_contacts",
					"  required_visits: 3;  grace_days: 2;recess_visits.grace_days",
					"  polling_day: 2024-07-04;  polling_hours: 15;gotv.polling_hours",
					"  unwinnable: [contact_creator];  marginal: [organise];classification_access.marginal",
					"version: 2;Version: 3;Version" })
	void anUnknownKeyIsAnErrorNamingItsPath(String after, String added, String path) {
		String yaml = EXAMPLE.replace(after + "\n", after + "\n" + added + "\n");
		assertThat(yaml).contains(added);
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookParser.parse(yaml, SHA))
			.withMessageContaining("unknown key '" + path + "'");
	}

	// A value of the wrong type is an error naming the key: text or a fraction for a
	// whole number, text for a boolean, a date that does not exist or is not written
	// YYYY-MM-DD, a scalar where a section or a list belongs.
	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', value = { "version: 2;version: two;version", "version: 2;version: 2.5;version",
			"version: 2;version: \"2\";version",
			"required_twinned_sessions: 5;required_twinned_sessions: five;twinned_sessions.required_twinned_sessions",
			"required_twinned_sessions: 5;required_twinned_sessions: 5.0;twinned_sessions.required_twinned_sessions",
			"own_seat_contacts_more_than: 500;own_seat_contacts_more_than: [500];twinned_sessions.own_seat_contacts_more_than",
			"visits_must_be_declared: true;visits_must_be_declared: maybe;recess_visits.visits_must_be_declared",
			"visits_must_be_declared: true;visits_must_be_declared: 1;recess_visits.visits_must_be_declared",
			"effective_from: 2024-06-03;effective_from: 2024-02-31;effective_from",
			"effective_from: 2024-06-03;effective_from: 2024-6-3;effective_from",
			"effective_from: 2024-06-03;effective_from: 03/06/2024;effective_from",
			"effective_from: 2024-06-03;effective_from: 2024-06-03T00:00:00Z;effective_from",
			"polling_day: 2024-07-04;polling_day: 2024-07-32;gotv.polling_day",
			"no_support_for_held_seats: true;no_support_for_held_seats: sometimes;gotv.no_support_for_held_seats",
			"revoke_on_breach: [organise, contact_creator, leaflet_printing];revoke_on_breach: organise;twinned_sessions.revoke_on_breach",
			"applies_to_classifications: [safe, unwinnable];applies_to_classifications: safe;twinned_sessions.applies_to_classifications" })
	void aWrongTypeIsAnErrorNamingTheKey(String original, String replacement, String path) {
		String yaml = EXAMPLE.replace(original, replacement);
		assertThat(yaml).contains(replacement);
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookParser.parse(yaml, SHA))
			.withMessageContaining("wrong type for '" + path + "'");
	}

	// A section that is not a mapping is a wrong type naming the section.
	@Test
	void aSectionThatIsNotAMappingIsAWrongType() {
		String yaml = EXAMPLE.replace(
				"recess_visits:\n  role: frontbencher\n  required_visits: 3\n  visits_must_be_declared: true\n",
				"recess_visits: 3\n");
		assertThat(yaml).contains("recess_visits: 3\n");
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookParser.parse(yaml, SHA))
			.withMessageContaining("wrong type for 'recess_visits'");
	}

	// A missing key is an error naming it, never a default, at any level.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false,
			value = { "rulebook:;rulebook", "version:;version", "effective_from:;effective_from",
					"  own_seat_contacts_more_than:;twinned_sessions.own_seat_contacts_more_than",
					"  required_twinned_sessions:;twinned_sessions.required_twinned_sessions",
					"  revoke_on_breach:;twinned_sessions.revoke_on_breach",
					"  applies_to_classifications:;twinned_sessions.applies_to_classifications",
					"  role:;recess_visits.role", "  required_visits:;recess_visits.required_visits",
					"  visits_must_be_declared:;recess_visits.visits_must_be_declared",
					"  polling_day:;gotv.polling_day", "  no_support_for_held_seats:;gotv.no_support_for_held_seats" })
	void aMissingKeyIsAnErrorNamingIt(String line, String path) {
		String yaml = without(EXAMPLE, line);
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookParser.parse(yaml, SHA))
			.withMessageContaining("missing key '" + path + "'");
	}

	// A key written twice is an error naming it, not "the last one wins": at the top
	// level and inside a section.
	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', ignoreLeadingAndTrailingWhitespace = false, value = { "version: 2;version: 3;version",
			"  required_twinned_sessions: 5;  required_twinned_sessions: 1;required_twinned_sessions" })
	void aDuplicateKeyIsAnErrorNamingIt(String after, String added, String key) {
		String yaml = EXAMPLE.replace(after + "\n", after + "\n" + added + "\n");
		assertThat(yaml).contains(added);
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookParser.parse(yaml, SHA))
			.withMessageContaining("duplicate key " + key);
	}

	// A tool that is not organise, contact_creator or leaflet_printing is an error naming
	// the key and the value, in revoke_on_breach and in classification_access; tool names
	// are the exact keys.
	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', value = {
			"[organise, contact_creator, leaflet_printing];[organise, canvassing];twinned_sessions.revoke_on_breach;canvassing",
			"[organise, contact_creator, leaflet_printing];[organise, Contact Creator];twinned_sessions.revoke_on_breach;Contact Creator",
			"[organise, contact_creator, leaflet_printing];[organise, 3];twinned_sessions.revoke_on_breach;3",
			"unwinnable: [contact_creator];unwinnable: [printing];classification_access.unwinnable;printing" })
	void anUnknownToolIsAnErrorNamingTheKey(String original, String replacement, String path, String tool) {
		String yaml = EXAMPLE.replace(original, replacement);
		assertThat(yaml).contains(replacement);
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookParser.parse(yaml, SHA))
			.withMessageContaining("'" + path + "' holds '" + tool + "'");
	}

	// Classifications and roles must be codes the spec lists.
	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = ';', value = {
			"applies_to_classifications: [safe, unwinnable];applies_to_classifications: [safe, marginal];twinned_sessions.applies_to_classifications;marginal",
			"role: frontbencher;role: whip;recess_visits.role;whip" })
	void anUnknownCodeIsAnErrorNamingTheKey(String original, String replacement, String path, String code) {
		String yaml = EXAMPLE.replace(original, replacement);
		assertThat(yaml).contains(replacement);
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookParser.parse(yaml, SHA))
			.withMessageContaining("'" + path + "' holds '" + code + "'");
	}

	// Counts cannot be negative and versions start at 1.
	@Test
	void rejectsNegativeCountsAndVersionZero() {
		assertThatExceptionOfType(RulebookException.class)
			.isThrownBy(() -> RulebookParser.parse(EXAMPLE.replace("required_visits: 3", "required_visits: -1"), SHA))
			.withMessageContaining("recess_visits.required_visits");
		assertThatExceptionOfType(RulebookException.class)
			.isThrownBy(() -> RulebookParser.parse(EXAMPLE.replace("version: 2", "version: 0"), SHA))
			.withMessageContaining("version");
	}

	// An empty file and text that is not YAML are errors, not an empty rulebook.
	@Test
	void rejectsAnEmptyOrBrokenDocument() {
		assertThatExceptionOfType(RulebookException.class).isThrownBy(() -> RulebookParser.parse("", SHA));
		assertThatExceptionOfType(RulebookException.class)
			.isThrownBy(() -> RulebookParser.parse("rulebook: [unclosed\nversion: 2\n", SHA))
			.withMessageContaining("not valid YAML");
		assertThatExceptionOfType(RulebookException.class)
			.isThrownBy(() -> RulebookParser.parse("- just\n- a list\n", SHA))
			.withMessageContaining("wrong type for 'the rulebook'");
	}

	private static String without(String yaml, String... lineStarts) {
		StringBuilder kept = new StringBuilder();
		for (String line : yaml.split("\n")) {
			if (List.of(lineStarts).stream().noneMatch((start) -> line.startsWith(start))) {
				kept.append(line).append('\n');
			}
		}
		String result = kept.toString();
		assertThat(result).isNotEqualTo(yaml);
		return result;
	}

}
