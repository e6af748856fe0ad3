package org.canvassaudit.ingest;

import java.util.Set;
import java.util.TreeSet;

/**
 * The code lists of SPEC §2, lower case; inputs match them case-insensitively.
 */
final class Codes {

	static final Set<String> CLASSIFICATIONS = Set.of("battleground", "safe", "unwinnable");

	static final Set<String> BOOLEANS = Set.of("true", "false");

	static final Set<String> ROLES = Set.of("candidate", "frontbencher");

	static final Set<String> CHANNELS = Set.of("door", "phone", "street");

	/** Canvass outcomes; every one but {@code ni} (not in) counts as a contact. */
	static final Set<String> OUTCOMES = Set.of("l", "c", "ld", "g", "ref", "snp", "pc", "o", "dk", "a", "wnv", "r",
			"ni");

	static final String NOT_IN = "ni";

	private Codes() {
	}

	static String list(Set<String> codes) {
		String list = String.join(", ", new TreeSet<>(codes));
		return (codes == OUTCOMES) ? list.toUpperCase(java.util.Locale.ROOT) : list;
	}

}
