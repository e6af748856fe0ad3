package org.canvassaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Outputs are written into a hidden staging folder inside {@code --out} and moved into
 * place only when every one is complete, so a failed night leaves nothing half-written
 * where people look. The staging folder is named after the process writing it,
 * {@code .partial-<pid>}, so the next night can clear what a killed one left without
 * touching a live one's.
 */
public final class OutputFolder {

	private static final String PARTIAL = ".partial-";

	private final Path out;

	private final Path staging;

	private final List<String> names = new ArrayList<>();

	private OutputFolder(Path out, Path staging) {
		this.out = out;
		this.staging = staging;
	}

	/**
	 * @param out the output folder (created if missing)
	 * @return a staging area inside it
	 */
	public static OutputFolder stage(Path out) {
		try {
			Files.createDirectories(out);
			clearAbandoned(out);
			OutputFolder folder = new OutputFolder(out, out.resolve(PARTIAL + ProcessHandle.current().pid()));
			folder.discard();
			Files.createDirectory(folder.staging);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write to the output folder " + out, ex);
		}
	}

	/**
	 * @param name an output file name
	 * @return where to write it while staging
	 */
	public Path file(String name) {
		this.names.add(name);
		return this.staging.resolve(name);
	}

	/**
	 * @return the folder the outputs end up in
	 */
	public Path out() {
		return this.out;
	}

	/**
	 * Move every staged file into the output folder, each replacing any older copy
	 * atomically.
	 */
	public void publish() {
		try {
			for (String name : this.names) {
				Files.move(this.staging.resolve(name), this.out.resolve(name), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			Files.delete(this.staging);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot publish outputs into " + this.out, ex);
		}
	}

	/**
	 * Remove the staging folders of processes that are gone, killed before they could
	 * publish or discard.
	 */
	private static void clearAbandoned(Path out) throws IOException {
		try (Stream<Path> entries = Files.list(out)) {
			for (Path entry : entries.toList()) {
				String name = entry.getFileName().toString();
				if (name.startsWith(PARTIAL) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
						&& !isRunning(name.substring(PARTIAL.length()))) {
					new OutputFolder(out, entry).discard();
				}
			}
		}
	}

	private static boolean isRunning(String pid) {
		try {
			return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** Remove the staging area and whatever was written into it. */
	public void discard() {
		if (!Files.isDirectory(this.staging, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> files = Files.list(this.staging)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(this.staging);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot clean " + this.staging, ex);
		}
	}

}
