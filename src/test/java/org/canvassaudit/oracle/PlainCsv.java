package org.canvassaudit.oracle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately small RFC 4180 reader for the oracle: UTF-8 with an optional BOM, quoted
 * fields with doubled quotes, LF or CRLF line ends, and empty lines that are no record.
 * It shares nothing with the product's CSV reader, so a parsing bug there cannot hide in
 * the expectations.
 */
public final class PlainCsv {

	private PlainCsv() {
	}

	/**
	 * @param file a CSV file
	 * @return its records, the header first, or {@code null} when the bytes are not UTF-8
	 * @throws IOException if the file cannot be read
	 */
	public static List<List<String>> read(Path file) throws IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
		return records(text);
	}

	/**
	 * @param text CSV text
	 * @return its records
	 */
	public static List<List<String>> records(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean touched = false;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
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
				touched = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				touched = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
					i++;
				}
				if (touched || field.length() > 0) {
					fields.add(field.toString());
					records.add(fields);
				}
				fields = new ArrayList<>();
				field.setLength(0);
				touched = false;
			}
			else {
				field.append(c);
			}
		}
		if (touched || field.length() > 0) {
			fields.add(field.toString());
			records.add(fields);
		}
		return records;
	}

}
