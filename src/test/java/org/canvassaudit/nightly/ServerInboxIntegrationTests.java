package org.canvassaudit.nightly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's inbox handling ({@code canvass.inbox.archive=true}): after a completed
 * night, ingested and skipped files move to {@code archive/<as-of>/}, quarantined ones to
 * {@code quarantine/<as-of>/} with their reason, and ignored entries stay.
 */
@SpringBootTest(properties = { "canvass.cli.enabled=false", "canvass.inbox.archive=true" })
class ServerInboxIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	// Night 1 ingests 7 files and quarantines a declarations file with no declared_date
	// column; notes.txt is ignored. Afterwards the inbox holds only notes.txt and empty
	// folders. Night 2 gets a re-sent copy of the contact export under a new name, which
	// is skipped and archived too; a second file of the same name on the same night is
	// kept beside the first as "name (2)".
	@Test
	void movesWhatWasReadOutOfTheInboxAndLeavesWhatWasIgnored() throws IOException {
		Path inbox = this.temp.resolve("srv/inbox");
		SmallCampaign.inBreach(inbox)
			.write("declarations/decl.csv", "candidate_id,seat_code\nC1,E1\n")
			.write("organise/notes.txt", "ring Sam about the Tuesday session\n");
		byte[] contacts = Files.readAllBytes(inbox.resolve("contact-creator/cc-2024-06-04.csv"));

		CliResult night1 = run(inbox, "out-1");

		assertThat(night1.exitCode()).isEqualTo(3);
		Path archive = this.temp.resolve("srv/archive/2024-06-10");
		Path quarantine = this.temp.resolve("srv/quarantine/2024-06-10");
		assertThat(files(archive)).containsExactly("contact-creator/cc-2024-06-04.csv",
				"organise/organise-2024-06-05.csv", "reference/candidates.csv", "reference/recess.csv",
				"reference/seats.csv", "reference/twinning.csv", "rulebooks/hq-field-rules-v1.yaml");
		assertThat(Files.readAllBytes(archive.resolve("contact-creator/cc-2024-06-04.csv"))).isEqualTo(contacts);
		assertThat(files(quarantine)).containsExactly("declarations/decl.csv", "declarations/decl.csv.reason.txt");
		assertThat(Files.readString(quarantine.resolve("declarations/decl.csv.reason.txt"), StandardCharsets.UTF_8))
			.contains("declared_date")
			.endsWith("\n");
		assertThat(files(inbox)).containsExactly("organise/notes.txt");

		Files.write(inbox.resolve("contact-creator/cc-2024-06-04-resent.csv"), contacts);
		Files.write(inbox.resolve("contact-creator/cc-2024-06-04.csv"), contacts);

		CliResult night2 = run(inbox, "out-2");

		assertThat(night2.exitCode()).isZero();
		assertThat(files(archive)).contains("contact-creator/cc-2024-06-04 (2).csv",
				"contact-creator/cc-2024-06-04-resent.csv");
		assertThat(Files.readAllBytes(archive.resolve("contact-creator/cc-2024-06-04 (2).csv"))).isEqualTo(contacts);
		assertThat(files(inbox)).containsExactly("organise/notes.txt");
	}

	// A contact export whose name is not UTF-8 (Latin-1 "Renée", named by a shell) is
	// read and archived by its name as listed, like any other.
	@Test
	void archivesAFileWhoseNameIsNotUtf8() throws IOException, InterruptedException {
		Path inbox = this.temp.resolve("srv/inbox");
		SmallCampaign.inBreach(inbox);
		Process shell = new ProcessBuilder("sh", "-c", "mv cc-2024-06-04.csv \"$(printf 'cc-Ren\\351e.csv')\"")
			.directory(inbox.resolve("contact-creator").toFile())
			.start();
		assertThat(shell.waitFor()).isZero();

		CliResult night = run(inbox, "out-1");

		assertThat(night.exitCode()).as(night.err()).isZero();
		assertThat(night.out()).contains("7 ingested");
		assertThat(files(inbox)).isEmpty();
		assertThat(files(this.temp.resolve("srv/archive/2024-06-10"))).hasSize(7)
			.anyMatch((name) -> name.startsWith("contact-creator/cc-Ren"));
	}

	// A night refused at the start (its --out is a file) moves nothing.
	@Test
	void aNightThatDoesNotRunLeavesTheInboxAsItWas() throws IOException {
		Path inbox = this.temp.resolve("srv/inbox");
		SmallCampaign.inBreach(inbox);
		Path out = this.temp.resolve("out");
		Files.writeString(out, "not a folder");

		CliResult night = cli("run", "--inbox", inbox.toString(), "--as-of", "2024-06-10", "--out", out.toString(),
				"--warehouse", this.temp.resolve("w.duckdb").toString());

		assertThat(night.exitCode()).isEqualTo(2);
		assertThat(night.err()).startsWith("error: --out: cannot create the folder " + out);
		assertThat(files(inbox)).hasSize(7);
		assertThat(this.temp.resolve("srv/archive")).doesNotExist();
	}

	private CliResult run(Path inbox, String out) {
		return cli("run", "--inbox", inbox.toString(), "--as-of", "2024-06-10", "--out",
				this.temp.resolve(out).toString(), "--warehouse", this.temp.resolve("w.duckdb").toString());
	}

	private static java.util.List<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> folder.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

}
