package org.canvassaudit.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an output CSV back with its own small RFC 4180 parser, independent of the one the
 * application ingests with, and checks the line ends SPEC §5 asks for.
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
		if (text.indexOf('\r') >= 0 || !text.endsWith("\n")) {
			throw new AssertionError(file.getFileName() + " must end its lines with \\n only");
		}
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(List.copyOf(record));
				record.clear();
			}
			else {
				field.append(c);
			}
		}
		return records;
	}

}
