package org.canvassaudit.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.canvassaudit.support.PdfText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a night left in its {@code --out} folder, compared byte for byte; a PDF by its
 * text, since its bytes hold the moment it was written (creation date, document id, font
 * subset tags) and its footer the audit chain's head, whose events carry the time they
 * were recorded.
 */
final class OutputFolders {

	private static final Pattern AUDIT_HEAD = Pattern.compile("Audit head ([0-9a-f]{64})");

	private OutputFolders() {
	}

	/**
	 * @param out an output folder
	 * @return the name of every entry in it, hidden ones included, sorted; empty when it
	 * does not exist
	 * @throws IOException when it cannot be listed
	 */
	static List<String> entries(Path out) throws IOException {
		if (!Files.exists(out)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(out)) {
			return entries.map((entry) -> entry.getFileName().toString()).sorted().toList();
		}
	}

	/**
	 * @param out an output folder
	 * @return the entries a person listing it sees: those not starting with a dot
	 * @throws IOException when it cannot be listed
	 */
	static List<String> visibleEntries(Path out) throws IOException {
		return entries(out).stream().filter((name) -> !name.startsWith(".")).toList();
	}

	/**
	 * Assert that two output folders hold the same entries, each a regular file with the
	 * same bytes, or for a PDF the same text but for the audit head.
	 * @param expected the reference night's folder
	 * @param actual the folder to check
	 * @throws IOException when a file cannot be read
	 */
	static void assertSameFiles(Path expected, Path actual) throws IOException {
		List<String> names = entries(expected);
		assertThat(names).as("the reference night wrote nothing into %s", expected).isNotEmpty();
		assertThat(entries(actual)).as("entries of %s", actual).containsExactlyElementsOf(names);
		for (String name : names) {
			assertThat(actual.resolve(name)).as("%s in %s", name, actual).isRegularFile();
			if (name.endsWith(".pdf")) {
				assertThat(withoutAuditHead(actual.resolve(name))).as("text of %s", name)
					.isEqualTo(withoutAuditHead(expected.resolve(name)));
				continue;
			}
			long mismatch = Files.mismatch(expected.resolve(name), actual.resolve(name));
			assertThat(mismatch)
				.as("first differing byte of %s (of %d in the reference's), -1 if none", name,
						Files.size(expected.resolve(name)))
				.isEqualTo(-1L);
		}
	}

	/**
	 * @param pdf a night's PDF
	 * @return the audit heads its pages print
	 * @throws IOException when it cannot be read
	 */
	static List<String> auditHeads(Path pdf) throws IOException {
		return AUDIT_HEAD.matcher(PdfText.of(pdf)).results().map((head) -> head.group(1)).distinct().toList();
	}

	private static String withoutAuditHead(Path pdf) throws IOException {
		return AUDIT_HEAD.matcher(PdfText.of(pdf)).replaceAll("Audit head <head>");
	}

}
