package org.canvassaudit.sample;

/**
 * The behaviour given to the candidate of each safe or unwinnable seat, in this order
 * over those seats, so that the sample inbox holds every compliance story at least once.
 * The expected status assumes rulebook v1's threshold of 500 (v2: 450) and five required
 * sessions.
 */
enum Scenario {

	/**
	 * Busy own seat, six twinned sessions a week, one also on a sign-in sheet: compliant.
	 */
	DILIGENT(Level.HIGH, true),

	/** Quiet own seat and one session a week: not applicable. */
	QUIET(Level.LOW, false),

	/**
	 * Busy own seat, two twinned sessions and two in a battleground seat the candidate is
	 * not twinned with: breach. The seat becomes a battleground itself from week 3.
	 */
	NO_SHOW(Level.HIGH, false),

	/**
	 * Four distinct sessions, one also on a sheet and one checked in twice in Organise:
	 * six rows but four sessions, so a breach.
	 */
	DOUBLE_RECORDED(Level.HIGH, true),

	/** Own-seat contacts grow past v2's 450 from week 3; three sessions a week. */
	RISING(Level.RISING, false),

	/** Five sessions a week except two in week 3: breach in week 3 only. */
	LAPSED(Level.HIGH, true),

	/**
	 * Four sessions in Organise and a fifth on a sheet under a misspelt name, which goes
	 * to the review queue: a breach unless the review resolves it to the candidate.
	 */
	MISSPELT(Level.HIGH, true),

	/**
	 * Five sessions a week recorded only on sign-in sheets, under name variants:
	 * compliant.
	 */
	SHEET_ONLY(Level.HIGH, true),

	/**
	 * Twinning moves to another seat after the Wednesday of week 2: five sessions count
	 * each week, and a Friday session in the old seat does not.
	 */
	SWITCHER(Level.HIGH, false),

	/** Six sessions a week but a quiet own seat: not applicable. */
	QUIET_DILIGENT(Level.LOW, false);

	/** How busy the candidate's own seat is, relative to the threshold. */
	enum Level {

		HIGH, LOW, RISING, BATTLEGROUND

	}

	private final Level level;

	private final boolean usesSheets;

	Scenario(Level level, boolean usesSheets) {
		this.level = level;
		this.usesSheets = usesSheets;
	}

	Level level() {
		return this.level;
	}

	boolean usesSheets() {
		return this.usesSheets;
	}

	static Scenario forOrdinal(int nonBattlegroundOrdinal) {
		Scenario[] all = values();
		return all[nonBattlegroundOrdinal % all.length];
	}

}
