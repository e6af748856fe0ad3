package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import org.canvassaudit.ops.ConfigurationException;

/**
 * Replaces a voter reference by a keyed hash (SipHash-2-4, 64 bits, keyed with the first
 * 128 bits of the SHA-256 of the configured key), so the warehouse can tell two exports
 * apart on the same voter without ever holding who the voter is.
 * <p>
 * The key comes from {@code CANVASS_AUDIT_PSEUDONYM_KEY}, else from the configured key
 * file, else from {@code <warehouse>.key}, generated on first use with owner-only
 * permissions. A key shorter than {@value #MIN_KEY_LENGTH} characters, or a configured
 * one that cannot be read, is a configuration error.
 */
public final class Pseudonymiser {

	/** The environment variable that carries the key. */
	public static final String KEY_VARIABLE = "CANVASS_AUDIT_PSEUDONYM_KEY";

	static final int MIN_KEY_LENGTH = 16;

	private final SipHash sipHash;

	private Pseudonymiser(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			this.sipHash = new SipHash(Arrays.copyOf(digest, 16));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param environmentKey the value of {@value #KEY_VARIABLE}, or {@code null}
	 * @param keyFile the configured key file, or {@code null}
	 * @param warehouse the warehouse file, beside which a key is generated if none is
	 * configured
	 * @return the pseudonymiser
	 * @throws ConfigurationException when a configured key is unreadable or malformed
	 */
	public static Pseudonymiser resolve(String environmentKey, Path keyFile, Path warehouse) {
		if (environmentKey != null) {
			return new Pseudonymiser(checked(environmentKey, KEY_VARIABLE));
		}
		if (keyFile != null) {
			return new Pseudonymiser(checked(read(keyFile), "canvass.pseudonym.key-file (" + keyFile + ")"));
		}
		Path generated = Path.of(warehouse + ".key");
		if (!Files.exists(generated)) {
			generate(generated);
		}
		return new Pseudonymiser(checked(read(generated), generated.toString()));
	}

	/**
	 * @param voterRef a trimmed voter reference
	 * @return its 64-bit keyed hash
	 */
	long hash(String voterRef) {
		return this.sipHash.hash(voterRef.getBytes(StandardCharsets.UTF_8));
	}

	private static String checked(String key, String source) {
		String trimmed = key.strip();
		if (trimmed.length() < MIN_KEY_LENGTH) {
			throw new ConfigurationException("the pseudonymisation key from " + source
					+ " is malformed: it needs at least " + MIN_KEY_LENGTH + " characters");
		}
		return trimmed;
	}

	private static String read(Path keyFile) {
		try {
			return Files.readString(keyFile, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ConfigurationException("the pseudonymisation key file " + keyFile + " cannot be read: " + ex, ex);
		}
	}

	private static void generate(Path keyFile) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		try {
			Files.createDirectories(keyFile.toAbsolutePath().getParent());
			Path temporary = Files.createTempFile(keyFile.toAbsolutePath().getParent(), ".key", ".tmp");
			try {
				Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the folder's own permissions protect the key
			}
			Files.writeString(temporary, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new ConfigurationException("cannot create the pseudonymisation key file " + keyFile + ": " + ex, ex);
		}
	}

}
