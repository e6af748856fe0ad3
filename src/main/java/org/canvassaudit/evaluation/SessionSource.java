package org.canvassaudit.evaluation;

/**
 * One record of a session: an Organise sign-in row, or a sign-in sheet row.
 *
 * @param fileSeq the file's number
 * @param path the file's inbox path
 * @param sheet the sheet, or {@code null} for Organise
 * @param row the row (spreadsheet numbering)
 * @param matchedBy {@code organise id}, {@code sheet id}, {@code sheet name} or
 * {@code review}
 */
public record SessionSource(int fileSeq, String path, String sheet, int row, String matchedBy) {

	@Override
	public String toString() {
		return this.path + ((this.sheet != null) ? " sheet " + this.sheet : "") + " row " + this.row + " ("
				+ this.matchedBy + ")";
	}

}
