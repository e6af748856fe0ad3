package org.canvassaudit.rules;

import java.time.LocalDate;

/**
 * Rulebooks and dates shared by the rule and access unit tests. June 2024: 2024-W24 runs
 * from Monday 10 to Sunday 16 June, 2024-W25 from Monday 17 June.
 */
public final class RulesFixtures {

	/**
	 * The own seat of the usual candidate: safe throughout unless a test says otherwise.
	 */
	public static final String OWN_SEAT = "S01";

	/** The battleground seat the usual candidate is twinned with. */
	public static final String TARGET_SEAT = "T01";

	/** Another battleground seat, not twinned with the usual candidate. */
	public static final String OTHER_TARGET = "T02";

	/** The usual candidate. */
	public static final Candidate ANN = new Candidate("C001", "Ann Example", OWN_SEAT, "candidate");

	/** A frontbencher, own seat S02. */
	public static final Candidate FRANK = new Candidate("F001", "Frank Bench", "S02", "frontbencher");

	/** The HQ rulebook of SPEC §2, version 1, effective from Monday 3 June 2024. */
	public static final String HQ_RULEBOOK_V1 = """
			rulebook: hq-field-rules
			version: 1
			effective_from: 2024-06-03
			twinned_sessions:
			  applies_to_classifications: [safe, unwinnable]
			  own_seat_contacts_more_than: 500
			  required_twinned_sessions: 5
			  revoke_on_breach: [organise, contact_creator, leaflet_printing]
			recess_visits:
			  role: frontbencher
			  required_visits: 3
			  visits_must_be_declared: true
			classification_access:
			  unwinnable: [contact_creator]
			gotv:
			  polling_day: 2024-07-04
			  no_support_for_held_seats: true
			""";

	private RulesFixtures() {
	}

	/**
	 * The HQ rulebook, parsed.
	 * @return {@link #HQ_RULEBOOK_V1}, with SHA-256 {@code sha-v1}
	 */
	public static Rulebook hqRulebook() {
		return rulebook(HQ_RULEBOOK_V1, "sha-v1");
	}

	/**
	 * @param yaml rulebook text
	 * @param sha256 the file hash to give it
	 * @return the parsed rulebook
	 */
	public static Rulebook rulebook(String yaml, String sha256) {
		try {
			return RulebookParser.parse(yaml, sha256);
		}
		catch (RulebookException ex) {
			throw new IllegalStateException("test rulebook does not parse: " + ex.getMessage(), ex);
		}
	}

	/**
	 * @param text {@code YYYY-MM-DD}
	 * @return the date
	 */
	public static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

	/**
	 * @param text {@code 2024-W24}
	 * @return the week
	 */
	public static IsoWeek week(String text) {
		return IsoWeek.parse(text);
	}

}
