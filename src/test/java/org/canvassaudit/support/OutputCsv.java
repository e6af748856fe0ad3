package org.canvassaudit.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.canvassaudit.oracle.PlainCsv;

/**
 * Reads an output CSV back with the oracle's own small RFC 4180 parser, independent of
 * the one the application ingests with, and checks what SPEC §5 asks of its form: line
 * ends of {@code \n} only, no byte order mark, and every record as wide as the header.
 */
public final class OutputCsv {

	private OutputCsv() {
	}

	/**
	 * @param file an output CSV
	 * @return its records, header first
	 * @throws IOException when it cannot be read
	 */
	public static List<List<String>> read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		String name = file.getFileName().toString();
		if (text.indexOf('\r') >= 0 || !text.endsWith("\n")) {
			throw new AssertionError(name + " must end its lines with \\n only");
		}
		if (text.startsWith("\uFEFF")) {
			throw new AssertionError(name + " must not start with a byte order mark");
		}
		List<List<String>> records = PlainCsv.records(text);
		for (List<String> record : records) {
			if (record.size() != records.get(0).size()) {
				throw new AssertionError(name + " has a record of " + record.size() + " fields under a header of "
						+ records.get(0).size() + ": " + record);
			}
		}
		return records;
	}

}
