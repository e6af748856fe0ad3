package org.canvassaudit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.spi.FileSystemProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.canvassaudit.audit.Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * {@link ReadAhead} on real files: they come out in order with their hashes, each read
 * ahead unless the warehouse or an earlier file of the night has its bytes, at most one
 * file ahead of the one being loaded, and whatever is not handed out is closed.
 */
class ReadAheadTests {

	@TempDir
	Path inbox;

	private final List<String> opened = Collections.synchronizedList(new ArrayList<>());

	private final List<String> readAhead = Collections.synchronizedList(new ArrayList<>());

	private final List<String> closed = Collections.synchronizedList(new ArrayList<>());

	@Test
	void filesComeInOrderAndOnlyBytesNotSeenBeforeAreReadAhead() throws IOException {
		List<InboxEntry> entries = List.of(entry("a.csv", "one"), entry("b.csv", "two"), entry("c.csv", "one"),
				entry("d.csv", "held"), entry("e.csv", null), entry("f.csv", "three"));
		List<String> hashes = new ArrayList<>();
		try (ReadAhead files = new ReadAhead(entries, this::open, Set.of(Digest.ofText("held")))) {
			for (int i = 0; i < entries.size(); i++) {
				try (ReadAhead.InboxFile file = files.next()) {
					assertThat(file.entry()).isSameAs(entries.get(i));
					if (i == 0) {
						assertThat(this.opened).as("opened while the first is loaded")
							.containsExactly("a.csv", "b.csv");
					}
					if (file.entry().path().equals("e.csv")) {
						assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(file::sha256);
					}
					else {
						hashes.add(file.sha256());
					}
				}
			}
		}
		assertThat(hashes).containsExactly(Digest.ofText("one"), Digest.ofText("two"), Digest.ofText("one"),
				Digest.ofText("held"), Digest.ofText("three"));
		assertThat(this.readAhead).containsExactly("a.csv", "b.csv", "f.csv");
		assertThat(this.opened).containsExactly("a.csv", "b.csv", "c.csv", "d.csv", "e.csv", "f.csv");
		assertThat(this.closed).containsExactly("a.csv", "b.csv", "c.csv", "d.csv", "e.csv", "f.csv");
	}

	@Test
	void closingEarlyClosesTheFileQueuedAndOpensNoMore() throws IOException {
		List<InboxEntry> entries = List.of(entry("a.csv", "one"), entry("b.csv", "two"), entry("c.csv", "three"));
		try (ReadAhead files = new ReadAhead(entries, this::open, Set.of())) {
			try (ReadAhead.InboxFile file = files.next()) {
				assertThat(file.sha256()).isEqualTo(Digest.ofText("one"));
			}
		}
		assertThat(this.opened).containsExactly("a.csv", "b.csv");
		assertThat(this.closed).containsExactly("a.csv", "b.csv");
	}

	// An error while hashing (here out of memory, from a file system that fails every
	// call) comes out of sha256() on the warehouse's thread, instead of leaving it
	// waiting for a hash that never comes.
	@Test
	void anErrorWhileHashingComesOutInsteadOfAHash() {
		FileSystemProvider provider = mock(FileSystemProvider.class, (invocation) -> {
			throw new OutOfMemoryError("simulated");
		});
		FileSystem fileSystem = mock(FileSystem.class);
		when(fileSystem.provider()).thenReturn(provider);
		Path file = mock(Path.class);
		when(file.getFileSystem()).thenReturn(fileSystem);
		InboxEntry entry = new InboxEntry("a.csv", file, InputKind.CONTACTS, null);
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			try (ReadAhead files = new ReadAhead(List.of(entry), this::open, Set.of());
					ReadAhead.InboxFile next = files.next()) {
				assertThatExceptionOfType(OutOfMemoryError.class).isThrownBy(next::sha256).withMessage("simulated");
			}
		});
		assertThat(this.readAhead).isEmpty();
	}

	private FileLoad open(InboxEntry entry) {
		this.opened.add(entry.path());
		return new FileLoad() {

			@Override
			public void readAhead() {
				ReadAheadTests.this.readAhead.add(entry.path());
			}

			@Override
			public RowCounts load(LoadTarget target) {
				throw new AssertionError("not loaded here");
			}

			@Override
			public void close() {
				ReadAheadTests.this.closed.add(entry.path());
			}

		};
	}

	private InboxEntry entry(String name, String content) throws IOException {
		Path file = this.inbox.resolve(name);
		if (content != null) {
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		return new InboxEntry(name, file, InputKind.CONTACTS, null);
	}

}
