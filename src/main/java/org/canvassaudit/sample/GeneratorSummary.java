package org.canvassaudit.sample;

/**
 * What {@link InboxGenerator#generate} wrote, for tests and benchmarks to print and
 * check.
 *
 * @param referenceFiles files in {@code reference/}
 * @param rulebookFiles files in {@code rulebooks/}
 * @param contactFiles files in {@code contact-creator/}, the faulty ones included
 * @param organiseFiles files in {@code organise/}, the ignored one included
 * @param attendanceFiles files in {@code attendance/}, the ignored lock file included
 * @param declarationFiles files in {@code declarations/}
 * @param contactRows records after the header in the readable contact exports
 * @param distinctContacts distinct well-formed contacts, each counted once however often
 * exported
 * @param countedContacts those of the distinct contacts whose outcome is not {@code NI}
 * @param organiseRows records after the header in the Organise files
 * @param sheetRows rows below the header rows of every attendance sheet
 * @param declarationRows records after the header in the declaration files
 */
public record GeneratorSummary(int referenceFiles, int rulebookFiles, int contactFiles, int organiseFiles,
		int attendanceFiles, int declarationFiles, long contactRows, long distinctContacts, long countedContacts,
		long organiseRows, long sheetRows, long declarationRows) {

	/**
	 * @return the number of files written into the inbox
	 */
	public int totalFiles() {
		return this.referenceFiles + this.rulebookFiles + this.contactFiles + this.organiseFiles + this.attendanceFiles
				+ this.declarationFiles;
	}

}
