package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §2 "Files": inputs are regular files directly inside the known sub-folders, with
 * the folder's extension in any case, processed reference and rulebooks first and each
 * folder in byte order of names; anything else is listed as ignored with a reason, never
 * read.
 */
class InboxTests {

	@TempDir
	Path inbox;

	@BeforeEach
	void fillInbox() throws IOException {
		file("declarations/d.csv");
		file("attendance/sheet.XLSX");
		file("attendance/~$sheet.xlsx");
		file("attendance/sheet.xls");
		file("attendance/.~lock.sheet.xlsx#");
		file("organise/o1.csv");
		file("contact-creator/cc-9.csv");
		file("contact-creator/cc-10.csv");
		file("contact-creator/z.Csv");
		file("contact-creator/é.csv");
		file("contact-creator/a.csv");
		file("contact-creator/B.csv");
		file("contact-creator/notes.txt");
		file("contact-creator/data.csv.bak");
		file("contact-creator/.hidden.csv");
		file("contact-creator/old/inside.csv");
		Files.createSymbolicLink(this.inbox.resolve("contact-creator/link.csv"),
				this.inbox.resolve("contact-creator/a.csv"));
		file("rulebooks/v2.yaml");
		file("rulebooks/V1.YAML");
		file("rulebooks/a.yml");
		file("rulebooks/.draft.yaml");
		file("rulebooks/~$v3.yaml");
		file("reference/recess.csv");
		file("reference/twinning.csv");
		file("reference/candidates.csv");
		file("reference/seats.CSV");
		file("reference/other.csv");
		file("reference/seats.csv.bak");
		file("README.txt");
		file("misc/x.csv");
		file("Reference/seats.csv");
		Files.createSymbolicLink(this.inbox.resolve("extra"), this.inbox.resolve("misc"));
	}

	// Inputs come reference first (seats, candidates, twinning, recess), then rulebooks,
	// contact-creator, organise, attendance, declarations; within a folder in byte order
	// of names (B before a, cc-10 before cc-9, é last); extensions in any case.
	@Test
	void listsInputsInProcessingOrder() {
		List<String> inputs = Inbox.scan(this.inbox)
			.entries()
			.stream()
			.filter((entry) -> !entry.ignored())
			.map((entry) -> entry.path() + " " + entry.kind())
			.toList();
		assertThat(inputs).containsExactly("reference/seats.CSV SEATS", "reference/candidates.csv CANDIDATES",
				"reference/twinning.csv TWINNING", "reference/recess.csv RECESS", "rulebooks/V1.YAML RULEBOOK",
				"rulebooks/v2.yaml RULEBOOK", "contact-creator/B.csv CONTACTS", "contact-creator/a.csv CONTACTS",
				"contact-creator/cc-10.csv CONTACTS", "contact-creator/cc-9.csv CONTACTS",
				"contact-creator/z.Csv CONTACTS", "contact-creator/é.csv CONTACTS", "organise/o1.csv ORGANISE",
				"attendance/sheet.XLSX ATTENDANCE", "declarations/d.csv DECLARATIONS");
	}

	// Inputs all come before anything ignored, and each input points at its own file.
	@Test
	void listsInputsBeforeIgnoredEntries() {
		List<InboxEntry> entries = Inbox.scan(this.inbox).entries();
		assertThat(entries.subList(0, 15)).allSatisfy((entry) -> {
			assertThat(entry.ignored()).isFalse();
			assertThat(entry.ignoredBecause()).isNull();
			assertThat(entry.file()).isEqualTo(this.inbox.resolve(entry.path()));
		});
		assertThat(entries.subList(15, entries.size())).allSatisfy((entry) -> assertThat(entry.ignored()).isTrue());
	}

	// Lock files, hidden files, nested folders, symbolic links, wrong extensions, other
	// reference names and unknown top-level folders and files are listed as ignored, each
	// with its reason; nothing inside a nested or unknown folder is listed.
	@Test
	void listsEverythingElseAsIgnoredWithAReason() {
		List<String> ignored = Inbox.scan(this.inbox)
			.entries()
			.stream()
			.filter(InboxEntry::ignored)
			.filter((entry) -> !entry.path().equals("extra"))
			.map((entry) -> entry.path() + ": " + entry.ignoredBecause())
			.toList();
		assertThat(ignored).containsExactlyInAnyOrder("attendance/~$sheet.xlsx: office lock file",
				"attendance/sheet.xls: not an input of this folder", "attendance/.~lock.sheet.xlsx#: hidden file",
				"contact-creator/notes.txt: not an input of this folder",
				"contact-creator/data.csv.bak: not an input of this folder", "contact-creator/.hidden.csv: hidden file",
				"contact-creator/old: nested folder", "contact-creator/link.csv: symbolic link",
				"rulebooks/a.yml: not an input of this folder", "rulebooks/.draft.yaml: hidden file",
				"rulebooks/~$v3.yaml: office lock file", "reference/other.csv: not an input of this folder",
				"reference/seats.csv.bak: not an input of this folder", "README.txt: not an input folder",
				"misc: not an input folder", "Reference: not an input folder");
	}

	// A symbolic link at the top level is ignored and never followed, even when it points
	// at a folder of CSV files.
	@Test
	void neverFollowsATopLevelSymbolicLink() {
		List<InboxEntry> entries = Inbox.scan(this.inbox).entries();
		assertThat(entries).filteredOn((entry) -> entry.path().equals("extra")).singleElement().satisfies((entry) -> {
			assertThat(entry.ignored()).isTrue();
			assertThat(entry.ignoredBecause()).isNotBlank();
		});
		assertThat(entries).noneSatisfy((entry) -> assertThat(entry.path()).startsWith("extra/"));
		assertThat(entries).noneSatisfy((entry) -> assertThat(entry.path()).startsWith("misc/"));
	}

	// An input folder that is a symbolic link is ignored whole, files and all.
	@Test
	void ignoresAnInputFolderThatIsASymbolicLink(@TempDir Path elsewhere) throws IOException {
		Files.writeString(elsewhere.resolve("o2.csv"), "x");
		Path moved = Files.move(this.inbox.resolve("organise"), elsewhere.resolve("organise"));
		Files.createSymbolicLink(this.inbox.resolve("organise"), moved);
		List<InboxEntry> entries = Inbox.scan(this.inbox).entries();
		assertThat(entries).filteredOn((entry) -> entry.path().startsWith("organise"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.path()).isEqualTo("organise");
				assertThat(entry.ignored()).isTrue();
			});
	}

	// A file whose name is not UTF-8 (Latin-1 "Renée", written by a shell) is an input
	// like
	// any other, and its entry opens it: its name is never decoded and encoded back.
	@Test
	void aFileWhoseNameIsNotUtf8IsReadAsListed() throws IOException, InterruptedException {
		Process shell = new ProcessBuilder("sh", "-c", "printf 'id\\n' > \"$(printf 'export-Ren\\351e.csv')\"")
			.directory(this.inbox.resolve("contact-creator").toFile())
			.start();
		assertThat(shell.waitFor()).isZero();
		InboxEntry entry = Inbox.scan(this.inbox)
			.entries()
			.stream()
			.filter((candidate) -> candidate.path().startsWith("contact-creator/export-Ren"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.ignored()).as(entry.ignoredBecause()).isFalse();
		assertThat(Files.readString(entry.file())).isEqualTo("id\n");
	}

	// An empty inbox, or one with empty folders, lists nothing.
	@Test
	void anEmptyInboxListsNothing(@TempDir Path empty) throws IOException {
		assertThat(Inbox.scan(empty).entries()).isEmpty();
		Files.createDirectories(empty.resolve("reference"));
		Files.createDirectories(empty.resolve("contact-creator"));
		assertThat(Inbox.scan(empty).entries()).isEmpty();
	}

	// A folder named archive at the top level is not one of the inbox's folders, so it is
	// listed as ignored like any other unknown folder.
	@Test
	void listsAnArchiveFolderAsIgnored() throws IOException {
		file("archive/old.csv");
		List<InboxEntry> entries = Inbox.scan(this.inbox).entries();
		assertThat(entries).filteredOn((entry) -> entry.path().startsWith("archive"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.path()).isEqualTo("archive");
				assertThat(entry.ignoredBecause()).isEqualTo("not an input folder");
			});
	}

	private void file(String path) throws IOException {
		Path file = this.inbox.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "x");
	}

}
