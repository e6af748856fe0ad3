package org.canvassaudit.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole files that must not load: one to quarantine and the ones to ignore by name.
 */
final class FaultyFiles {

	private FaultyFiles() {
	}

	/**
	 * A contact export without its {@code outcome} column: SPEC §2 quarantines it whole.
	 */
	static void brokenContactExport(Path file) throws IOException {
		Files.writeString(file, """
				contact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel
				CB000001,ZZ9-0001,E14000001,M10001,2024-06-05T10:00,door
				CB000002,ZZ9-0002,E14000001,M10001,2024-06-05T10:05,door
				CB000003,ZZ9-0003,E14000001,M10001,2024-06-05T10:10,phone
				""", StandardCharsets.UTF_8);
	}

	/** Not a CSV: listed as ignored, never read. */
	static void organiseNotes(Path file) throws IOException {
		Files.writeString(file, "Organise exports are pulled at 02:00 by the regional data officer.\n",
				StandardCharsets.UTF_8);
	}

	/**
	 * The owner file Excel leaves beside a workbook that is open; it is not a workbook,
	 * and its {@code ~$} name tells the loader to ignore it.
	 */
	static void excelLockFile(Path file) throws IOException {
		byte[] owner = new byte[162];
		byte[] name = "organiser".getBytes(StandardCharsets.US_ASCII);
		owner[0] = (byte) name.length;
		System.arraycopy(name, 0, owner, 1, name.length);
		Files.write(file, owner);
	}

}
