package org.canvassaudit.evaluation;

import java.time.LocalDate;

import org.canvassaudit.rules.Slot;

/**
 * A loaded sign-in sheet row, as matching sees it.
 *
 * @param ref its stable review reference
 * @param fileSeq its file's number
 * @param path its file's inbox path
 * @param sheet the sheet name
 * @param row the Excel row
 * @param date the session date
 * @param slot the session slot
 * @param seatCode the seat
 * @param name the name as written, or {@code null}
 * @param candidateIdCell the Candidate ID cell as text, or {@code null}
 */
public record SheetRow(String ref, int fileSeq, String path, String sheet, int row, LocalDate date, Slot slot,
		String seatCode, String name, String candidateIdCell) {
}
