package org.canvassaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;

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
