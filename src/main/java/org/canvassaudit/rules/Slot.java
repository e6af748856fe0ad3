package org.canvassaudit.rules;

import java.time.LocalTime;
import java.util.Locale;

/**
 * The part of the day a campaign session falls in.
 */
public enum Slot {

	AM, PM, EVE;

	private static final LocalTime NOON = LocalTime.NOON;

	private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

	/**
	 * @param localStart a session's London start time
	 * @return AM before 12:00, PM before 17:00, else EVE
	 */
	public static Slot of(LocalTime localStart) {
		if (localStart.isBefore(NOON)) {
			return AM;
		}
		return localStart.isBefore(FIVE_PM) ? PM : EVE;
	}

	/**
	 * @param word a sign-in sheet's Session cell, trimmed
	 * @return the slot, or {@code null} if the word is not one of AM, PM, EVE, Morning,
	 * Afternoon, Evening (any case)
	 */
	public static Slot ofWord(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "am", "morning" -> AM;
			case "pm", "afternoon" -> PM;
			case "eve", "evening" -> EVE;
			default -> null;
		};
	}

}
