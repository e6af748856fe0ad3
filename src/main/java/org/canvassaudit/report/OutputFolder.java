package org.canvassaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Outputs are written into a hidden staging folder inside {@code --out} and moved into
 * place only when every one is complete, so a failed night leaves nothing half-written
 * where people look.
 */
public final class OutputFolder {

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
			Path staging = Files.createDirectory(out.resolve(".partial-" + UUID.randomUUID()));
			return new OutputFolder(out, staging);
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

	/** Remove the staging area and whatever was written into it. */
	public void discard() {
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
