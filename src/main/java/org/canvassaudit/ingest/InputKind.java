package org.canvassaudit.ingest;

import java.util.Locale;

/**
 * The kinds of input file an inbox holds, in the order a night processes them: reference
 * snapshots (seats before the files that name seats), rulebooks, then evidence.
 */
public enum InputKind {

	SEATS("reference", "seats.csv"),

	CANDIDATES("reference", "candidates.csv"),

	TWINNING("reference", "twinning.csv"),

	RECESS("reference", "recess.csv"),

	RULEBOOK("rulebooks", ".yaml"),

	CONTACTS("contact-creator", ".csv"),

	ORGANISE("organise", ".csv"),

	ATTENDANCE("attendance", ".xlsx"),

	DECLARATIONS("declarations", ".csv");

	private final String folder;

	private final String suffix;

	InputKind(String folder, String suffix) {
		this.folder = folder;
		this.suffix = suffix;
	}

	public String folder() {
		return this.folder;
	}

	/**
	 * @param fileName a file name inside this kind's folder
	 * @return whether a file of that name is an input of this kind (extensions in any
	 * case)
	 */
	boolean accepts(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		return isReference() ? lower.equals(this.suffix) : lower.endsWith(this.suffix);
	}

	boolean isReference() {
		return this.folder.equals("reference");
	}

}
