package org.canvassaudit.appeal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.canvassaudit.audit.Digest;

/**
 * Files sent with appeals, kept beside the warehouse in {@code <warehouse>.evidence/},
 * each named by the SHA-256 of its bytes, so the same file sent twice is kept once and
 * what the reviewer considered can be checked byte for byte.
 */
public final class EvidenceStore {

	private final Path folder;

	private final long maxBytes;

	/**
	 * @param warehouse the warehouse file
	 * @param maxBytes the largest file accepted
	 */
	public EvidenceStore(Path warehouse, long maxBytes) {
		this.folder = Path.of(warehouse + ".evidence");
		this.maxBytes = maxBytes;
	}

	/**
	 * Check a file before anything is recorded.
	 * @param file a file a candidate sent
	 * @throws IllegalArgumentException when it is missing, unreadable or too large
	 */
	public void check(Path file) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new IllegalArgumentException("evidence file " + file + " cannot be read");
		}
		long size = size(file);
		if (size > this.maxBytes) {
			throw new IllegalArgumentException("evidence file " + file + " is " + size
					+ " bytes, larger than the limit of " + this.maxBytes + " bytes");
		}
	}

	/**
	 * @param file a checked file
	 * @return its record, once a copy named by its SHA-256 is in the store
	 */
	public Appeal.EvidenceFile store(Path file) {
		check(file);
		String sha256 = Digest.ofFile(file);
		try {
			Files.createDirectories(this.folder);
			Path kept = this.folder.resolve(sha256);
			if (!Files.exists(kept)) {
				Path temporary = Files.createTempFile(this.folder, ".incoming", ".tmp");
				Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
				Files.move(temporary, kept, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot keep evidence file " + file + ": " + ex.getMessage(), ex);
		}
		return new Appeal.EvidenceFile(sha256, file.getFileName().toString(), size(file));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("evidence file " + file + " cannot be read: " + ex.getMessage());
		}
	}

}
