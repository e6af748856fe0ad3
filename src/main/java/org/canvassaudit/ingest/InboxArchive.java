package org.canvassaudit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Clears a server's inbox after a completed night: files ingested or skipped (their bytes
 * are already held) move to {@code archive/<as-of>/}, quarantined ones to
 * {@code quarantine/<as-of>/} with a {@code .reason.txt} beside each, both folders beside
 * the inbox. Ignored entries stay where they are: they were never ours. A file whose name
 * is already taken in the archive keeps both copies, the later one numbered.
 */
public final class InboxArchive {

	private static final Log logger = LogFactory.getLog(InboxArchive.class);

	private final Path inbox;

	private final LocalDate asOf;

	/**
	 * @param inbox the inbox folder
	 * @param asOf the night's as-of date
	 */
	public InboxArchive(Path inbox, LocalDate asOf) {
		this.inbox = inbox.toAbsolutePath().normalize();
		this.asOf = asOf;
	}

	/**
	 * @param files what the night did with each file
	 */
	public void file(List<FileOutcome> files) {
		for (FileOutcome file : files) {
			try {
				switch (file.status()) {
					case INGESTED, SKIPPED -> move(file, "archive");
					case QUARANTINED -> {
						Path moved = move(file, "quarantine");
						write(moved.resolveSibling(moved.getFileName() + ".reason.txt"), file.reason() + "\n");
					}
					case IGNORED -> {
					}
				}
			}
			catch (UncheckedIOException ex) {
				// The night is already recorded and published; the file stays for the
				// next night, which skips it by its bytes and tries again.
				logger.warn(ex.getMessage() + ": " + ex.getCause().getMessage());
			}
			catch (InvalidPathException ex) {
				// A name this platform cannot encode (a C locale): the file stays, as
				// above.
				logger.warn("cannot archive " + file.path() + ": " + ex.getMessage());
			}
		}
	}

	/**
	 * @param folder {@code archive} or {@code quarantine}
	 * @return where a night's files go
	 */
	public Path folder(String folder) {
		return this.inbox.resolveSibling(folder).resolve(this.asOf.toString());
	}

	/** Move the file as listed, so that a name that does not decode still moves. */
	private Path move(FileOutcome file, String folder) {
		Path source = file.file().toAbsolutePath().normalize();
		Path target = free(folder(folder).resolve(this.inbox.relativize(source)));
		try {
			Files.createDirectories(target.getParent());
			Files.move(source, target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot move " + source + " to " + target, ex);
		}
	}

	private static Path free(Path target) {
		String name = target.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot) : "";
		Path candidate = target;
		for (int n = 2; Files.exists(candidate); n++) {
			candidate = target.resolveSibling(stem + " (" + n + ")" + extension);
		}
		return candidate;
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

}
