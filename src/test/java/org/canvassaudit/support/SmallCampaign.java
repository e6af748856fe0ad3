package org.canvassaudit.support;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A one-candidate campaign small enough to reason about by hand. Candidate C1 (Ann Smith)
 * stands in the safe seat E2 and is twinned with the battleground E1. The rulebook asks
 * for 2 twinned sessions a week above 2 own-seat contacts, and revokes every tool on a
 * breach.
 * <p>
 * Week 2024-W23 (3 to 9 June) starts in breach: 3 counted contacts in E2 and one session
 * in E1.
 */
public final class SmallCampaign {

	public static final String RULEBOOK = """
			rulebook: hq-field-rules
			version: 1
			effective_from: 2024-06-03
			twinned_sessions:
			  applies_to_classifications: [safe, unwinnable]
			  own_seat_contacts_more_than: 2
			  required_twinned_sessions: 2
			  revoke_on_breach: [organise, contact_creator, leaflet_printing]
			gotv:
			  polling_day: 2024-07-04
			  no_support_for_held_seats: true
			""";

	private SmallCampaign() {
	}

	/**
	 * @param dir the inbox folder to create
	 * @return the inbox, with week 2024-W23 in breach
	 */
	public static TestInbox inBreach(Path dir) {
		return TestInbox.at(dir)
			.seats("E1,Alpha,North,battleground,false,2024-01-01", "E2,Beta,North,safe,true,2024-01-01")
			.candidates("C1,Ann Smith,E2,candidate,ann@example.org")
			.twinning("C1,E1,2024-01-01,")
			.recess()
			.rulebook("hq-field-rules-v1.yaml", RULEBOOK)
			.contactsOn("cc-2024-06-04.csv", "K", "E2", LocalDate.of(2024, 6, 4), 3, 1)
			.organise("organise-2024-06-05.csv", "S1,E1,2024-06-05T10:00,C1");
	}

}
