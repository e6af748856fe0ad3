package org.canvassaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate-inbox} writes an inbox of the size asked for, and refuses to write over
 * one.
 */
class GenerateInboxCommandTests extends CliTestSupport {

	@TempDir
	Path temp;

	// Three seats, one week, no faults: the summary counts what was written.
	@Test
	void writesTheInboxAskedFor() {
		Path inbox = this.temp.resolve("inbox");
		CliResult result = cli("generate-inbox", inbox.toString(), "--seed", "3", "--seats", "3", "--weeks", "1",
				"--contacts-per-seat-week", "50", "--workbooks", "1", "--no-faults");
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("GeneratorSettings[seed=3, seats=3, weeks=1, contactsPerSeatWeek=50");
		assertThat(inbox.resolve("reference/seats.csv")).isRegularFile();
		assertThat(inbox.resolve("contact-creator")).isDirectory();
		assertThat(inbox.resolve("contact-creator/cc-broken.csv")).doesNotExist();
	}

	// --next-export writes the export of the day after the campaign outside the inbox:
	// the rows asked for, the last day's repeats first (3 of its rows), then contacts
	// never exported.
	@Test
	void writesTheNextDaysExportOutsideTheInbox() throws Exception {
		Path inbox = this.temp.resolve("inbox");
		Path next = this.temp.resolve("next");
		CliResult result = cli("generate-inbox", inbox.toString(), "--seed", "3", "--seats", "3", "--weeks", "1",
				"--contacts-per-seat-week", "70", "--workbooks", "1", "--no-faults", "--next-export", next.toString(),
				"--next-export-rows", "40");
		assertThat(result.exitCode()).as(result.err()).isZero();
		List<String> rows = Files.readAllLines(next.resolve("cc-2024-06-10.csv"));
		assertThat(rows).hasSize(41);
		assertThat(rows.get(0)).isEqualTo("contact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel,outcome");
		Set<String> lastDay = ids(Files.readAllLines(inbox.resolve("contact-creator/cc-2024-06-09.csv")));
		Set<String> earlier = new HashSet<>();
		try (var files = Files.list(inbox.resolve("contact-creator"))) {
			for (Path file : files.toList()) {
				earlier.addAll(ids(Files.readAllLines(file)));
			}
		}
		List<String> nextIds = rows.subList(1, rows.size()).stream().map((row) -> row.split(",")[0]).toList();
		int repeated = (int) nextIds.stream().filter(lastDay::contains).count();
		assertThat(nextIds.subList(0, repeated)).allMatch(lastDay::contains);
		assertThat(nextIds.subList(repeated, nextIds.size())).hasSize(40 - repeated).noneMatch(earlier::contains);
		assertThat(repeated).isEqualTo(3);
		assertThat(inbox.resolve("contact-creator/cc-2024-06-10.csv")).doesNotExist();
		CliResult without = cli("generate-inbox", this.temp.resolve("without").toString(), "--seed", "3", "--seats",
				"3", "--weeks", "1", "--contacts-per-seat-week", "70", "--workbooks", "1", "--no-faults");
		assertThat(summary(result)).as("the inbox's counts leave the next export out").isEqualTo(summary(without));
	}

	private static String summary(CliResult result) {
		return result.out().lines().filter((line) -> line.startsWith("GeneratorSummary[")).findFirst().orElseThrow();
	}

	private static Set<String> ids(List<String> rows) {
		return rows.stream().skip(1).map((row) -> row.split(",")[0]).collect(Collectors.toSet());
	}

	// A folder that already holds files is bad usage: nothing is written into it.
	@Test
	void refusesAFolderThatIsNotEmpty() throws Exception {
		Path inbox = Files.createDirectories(this.temp.resolve("inbox"));
		Files.writeString(inbox.resolve("keep.txt"), "mine");
		CliResult result = cli("generate-inbox", inbox.toString());
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("is not empty");
		try (var entries = Files.list(inbox)) {
			assertThat(entries).hasSize(1);
		}
	}

}
