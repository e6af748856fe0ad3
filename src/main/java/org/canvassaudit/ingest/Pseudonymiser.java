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

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.canvassaudit.ops.ConfigurationException;
import org.canvassaudit.warehouse.Warehouse;

/**
 * Replaces a voter reference by a keyed hash (SipHash-2-4, 64 bits, keyed with the first
 * 128 bits of the SHA-256 of the configured key), so the warehouse can tell two exports
 * apart on the same voter without ever holding who the voter is.
 * <p>
 * The key comes from {@code CANVASS_AUDIT_PSEUDONYM_KEY}, else from the configured key
 * file, else from {@code <warehouse>.key}, generated on first use with owner-only
 * permissions. A key shorter than {@value #MIN_KEY_LENGTH} characters, or a configured
 * one that cannot be read, is a configuration error.
 * <p>
 * A warehouse keeps the fingerprint of its key, and a night with another key is refused:
 * its pseudonyms would match none already held, and every re-exported contact would
 * conflict with itself.
 */
public final class Pseudonymiser {

	/** The environment variable that carries the key. */
	public static final String KEY_VARIABLE = "CANVASS_AUDIT_PSEUDONYM_KEY";

	static final int MIN_KEY_LENGTH = 16;

	private static final Log logger = LogFactory.getLog(Pseudonymiser.class);

	private static final byte[] FINGERPRINT_LABEL = "canvass-audit pseudonym key".getBytes(StandardCharsets.UTF_8);

	private final SipHash sipHash;

	private final String source;

	private Pseudonymiser(String key, String source) {
		this.source = source;
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
			return new Pseudonymiser(checked(environmentKey, KEY_VARIABLE), KEY_VARIABLE);
		}
		if (keyFile != null) {
			String source = "canvass.pseudonym.key-file (" + keyFile + ")";
			return new Pseudonymiser(checked(read(keyFile), source), source);
		}
		Path generated = generatedKey(warehouse);
		if (!Files.exists(generated)) {
			generate(generated);
		}
		return new Pseudonymiser(checked(read(generated), generated.toString()), generated.toString());
	}

	/**
	 * As {@link #resolve}, for a night of this warehouse: a key is generated only while
	 * the warehouse holds no pseudonyms, and once it holds some, the key must be the one
	 * they were made with, unless the key is being rotated. The key's fingerprint is
	 * recorded by the first night, and again whenever a new key is accepted.
	 * @param environmentKey the value of {@value #KEY_VARIABLE}, or {@code null}
	 * @param keyFile the configured key file, or {@code null}
	 * @param warehouse the open warehouse
	 * @param rotate whether a new key takes over from the warehouse's
	 * ({@code canvass.pseudonym.rotate}, docs/operations.md)
	 * @return the pseudonymiser
	 * @throws ConfigurationException when no key or another key is configured for a
	 * warehouse that holds pseudonyms, or a configured key is unreadable or malformed
	 */
	public static Pseudonymiser forWarehouse(String environmentKey, Path keyFile, Warehouse warehouse, boolean rotate) {
		Long kept = warehouse.jdbc()
			.query("SELECT fingerprint FROM pseudonym_key", (rows) -> rows.next() ? rows.getLong(1) : null);
		Path generated = generatedKey(warehouse.file());
		boolean held = holdsPseudonyms(warehouse);
		if (environmentKey == null && keyFile == null && !Files.exists(generated) && !rotate && held) {
			throw new ConfigurationException("no pseudonymisation key is configured, and the warehouse "
					+ warehouse.file() + " holds voter pseudonyms made with one: set " + KEY_VARIABLE
					+ " or canvass.pseudonym.key-file to that key, or put its key file back at " + generated);
		}
		Pseudonymiser pseudonymiser = resolve(environmentKey, keyFile, warehouse.file());
		long fingerprint = pseudonymiser.sipHash.hash(FINGERPRINT_LABEL);
		if (held && kept != null && kept != fingerprint && !rotate) {
			throw new ConfigurationException("the pseudonymisation key from " + pseudonymiser.source
					+ " is not the one the voter pseudonyms in " + warehouse.file()
					+ " were made with: configure that key again, or rotate keys (canvass.pseudonym.rotate)");
		}
		if (rotate) {
			logger.warn("canvass.pseudonym.rotate is set: the key from " + pseudonymiser.source
					+ " becomes the warehouse's unchecked; remove the setting after this night");
		}
		if (kept == null || kept != fingerprint) {
			// while the warehouse holds no pseudonyms (a first night that failed early),
			// a corrected key simply takes the place of the one recorded
			warehouse.inTransaction(() -> {
				warehouse.jdbc().update("DELETE FROM pseudonym_key");
				return warehouse.jdbc().update("INSERT INTO pseudonym_key (fingerprint) VALUES (?)", fingerprint);
			});
		}
		return pseudonymiser;
	}

	private static boolean holdsPseudonyms(Warehouse warehouse) {
		return Boolean.TRUE
			.equals(warehouse.jdbc().queryForObject("SELECT EXISTS (SELECT 1 FROM contact_row)", Boolean.class));
	}

	private static Path generatedKey(Path warehouse) {
		return Path.of(warehouse + ".key");
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
