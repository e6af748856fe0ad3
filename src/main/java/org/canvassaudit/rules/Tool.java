package org.canvassaudit.rules;

import java.util.Locale;

/**
 * The campaign software HQ grants and takes away.
 */
public enum Tool {

	/** Connects a campaign with known supporters and volunteers. */
	ORGANISE,

	/** Voter-contact canvassing and voting-intention records. */
	CONTACT_CREATOR,

	/** Leaflet printing for the candidate's own seat. */
	LEAFLET_PRINTING;

	/**
	 * @return the rulebook's and the outputs' name for the tool
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param key a rulebook tool name
	 * @return the tool, or {@code null}
	 */
	public static Tool ofKey(String key) {
		for (Tool tool : values()) {
			if (tool.key().equals(key)) {
				return tool;
			}
		}
		return null;
	}

}
