package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import org.canvassaudit.ops.ConfigurationException;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.WarehouseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SPEC §2 "Contact Creator exports": the warehouse holds at most a keyed hash of {@code
 * voter_ref}; the key comes from {@code CANVASS_AUDIT_PSEUDONYM_KEY}, a configured key
 * file, or a {@code <warehouse>.key} generated with owner-only permissions and reused; a
 * configured key that is unreadable or malformed is a configuration error.
 */
class PseudonymiserTests {

	private static final String KEY = "0123456789abcdef";

	@TempDir
	Path temp;

	// The hash is SipHash-2-4 of the voter_ref keyed with the first 16 bytes of the
	// SHA-256
	// of the key text: recomputed here from those parts.
	@Test
	void hashesWithSipHashUnderTheKey() throws GeneralSecurityException {
		Pseudonymiser pseudonymiser = Pseudonymiser.resolve(KEY, null, this.temp.resolve("w.duckdb"));
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(KEY.getBytes(StandardCharsets.UTF_8));
		long expected = new SipHash(java.util.Arrays.copyOf(digest, 16))
			.hash("VR-000123".getBytes(StandardCharsets.UTF_8));
		assertThat(pseudonymiser.hash("VR-000123")).isEqualTo(expected);
	}

	// The environment key is used when given: the same key gives the same hash, another
	// key another hash, and no key file is generated.
	@Test
	void usesTheEnvironmentKeyWhenGiven() {
		Path warehouse = this.temp.resolve("w.duckdb");
		long first = Pseudonymiser.resolve(KEY, null, warehouse).hash("V1");
		long again = Pseudonymiser.resolve(KEY, null, warehouse).hash("V1");
		long otherKey = Pseudonymiser.resolve("fedcba9876543210", null, warehouse).hash("V1");
		assertThat(again).isEqualTo(first);
		assertThat(otherKey).isNotEqualTo(first);
		assertThat(this.temp.resolve("w.duckdb.key")).doesNotExist();
	}

	// Surrounding whitespace (a trailing newline in a key file) is not part of the key:
	// the file and the environment variable holding the same key hash alike.
	@Test
	void aKeyFileAndTheEnvironmentWithTheSameKeyHashAlike() throws IOException {
		Path keyFile = Files.writeString(this.temp.resolve("configured.key"), KEY + "\n");
		Path warehouse = this.temp.resolve("w.duckdb");
		assertThat(Pseudonymiser.resolve(null, keyFile, warehouse).hash("V1"))
			.isEqualTo(Pseudonymiser.resolve("  " + KEY + "  ", null, warehouse).hash("V1"));
		assertThat(this.temp.resolve("w.duckdb.key")).doesNotExist();
	}

	// A key of 16 characters is long enough; 15 is malformed, from the environment
	// (naming the variable) or from the key file (naming the file); so is empty.
	@Test
	void aKeyShorterThan16CharactersIsAConfigurationError() throws IOException {
		Path warehouse = this.temp.resolve("w.duckdb");
		assertThat(Pseudonymiser.resolve("x".repeat(16), null, warehouse).hash("V1")).isNotZero();
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> Pseudonymiser.resolve("x".repeat(15), null, warehouse))
			.withMessageContaining("CANVASS_AUDIT_PSEUDONYM_KEY")
			.withMessageContaining("16");
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> Pseudonymiser.resolve("   " + "x".repeat(15) + "  ", null, warehouse))
			.withMessageContaining("CANVASS_AUDIT_PSEUDONYM_KEY");
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> Pseudonymiser.resolve("", null, warehouse))
			.withMessageContaining("CANVASS_AUDIT_PSEUDONYM_KEY");
		Path shortFile = Files.writeString(this.temp.resolve("short.key"), "x".repeat(15) + "\n");
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> Pseudonymiser.resolve(null, shortFile, warehouse))
			.withMessageContaining(shortFile.toString());
		assertThat(this.temp.resolve("w.duckdb.key")).doesNotExist();
	}

	// A configured key file that cannot be read (missing, or a folder) is a configuration
	// error naming it, never a reason to fall back on a generated key.
	@Test
	void anUnreadableConfiguredKeyFileIsAConfigurationError() throws IOException {
		Path warehouse = this.temp.resolve("w.duckdb");
		Path missing = this.temp.resolve("missing.key");
		Path folder = Files.createDirectory(this.temp.resolve("folder.key"));
		for (Path keyFile : new Path[] { missing, folder }) {
			assertThatExceptionOfType(ConfigurationException.class)
				.isThrownBy(() -> Pseudonymiser.resolve(null, keyFile, warehouse))
				.withMessageContaining(keyFile.toString());
		}
		assertThat(this.temp.resolve("w.duckdb.key")).doesNotExist();
	}

	// With neither key, <warehouse>.key is generated: 256 random bits in hex, owner-only
	// rw-------, no temporary file left beside it, its folder created if needed.
	@Test
	void generatesAnOwnerOnlyKeyFileBesideTheWarehouse() throws IOException {
		Path warehouse = this.temp.resolve("data/night.duckdb");
		Pseudonymiser.resolve(null, null, warehouse);
		Path keyFile = this.temp.resolve("data/night.duckdb.key");
		assertThat(keyFile).isRegularFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		assertThat(Files.readString(keyFile)).matches("[0-9a-f]{64}\n");
		try (var files = Files.list(keyFile.getParent())) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("night.duckdb.key");
		}
	}

	// The generated key is reused on the next call (the next night): the same voter_ref
	// hashes the same, and the file is not rewritten.
	@Test
	void reusesTheGeneratedKeySoTheSameVoterHashesTheSame() throws IOException {
		Path warehouse = this.temp.resolve("w.duckdb");
		long first = Pseudonymiser.resolve(null, null, warehouse).hash("VR-42");
		String key = Files.readString(this.temp.resolve("w.duckdb.key"));
		long second = Pseudonymiser.resolve(null, null, warehouse).hash("VR-42");
		assertThat(second).isEqualTo(first);
		assertThat(Files.readString(this.temp.resolve("w.duckdb.key"))).isEqualTo(key);
		assertThat(Pseudonymiser.resolve(key, null, warehouse).hash("VR-42")).isEqualTo(first);
	}

	// A <warehouse>.key that exists but is malformed (say, truncated) is a configuration
	// error naming it; it is never silently replaced, which would re-key every voter.
	@Test
	void aMalformedGeneratedKeyIsAnErrorAndIsNotReplaced() throws IOException {
		Path keyFile = Files.writeString(this.temp.resolve("w.duckdb.key"), "abc\n");
		assertThatExceptionOfType(ConfigurationException.class)
			.isThrownBy(() -> Pseudonymiser.resolve(null, null, this.temp.resolve("w.duckdb")))
			.withMessageContaining(keyFile.toString());
		assertThat(Files.readString(keyFile)).isEqualTo("abc\n");
	}

	// Two warehouses generate two different random keys, so their hashes differ.
	@Test
	void eachWarehouseGeneratesItsOwnKey() {
		long one = Pseudonymiser.resolve(null, null, this.temp.resolve("one.duckdb")).hash("VR-42");
		long two = Pseudonymiser.resolve(null, null, this.temp.resolve("two.duckdb")).hash("VR-42");
		assertThat(two).isNotEqualTo(one);
	}

	// Once a warehouse holds pseudonyms, it keeps to the key they were made with: the
	// same key again (here the generated one, reused) is accepted, another key is
	// refused,
	// naming where it came from.
	@Test
	void aWarehouseRefusesAKeyOtherThanItsOwn() {
		try (Warehouse warehouse = openWarehouse()) {
			long first = Pseudonymiser.forWarehouse(null, null, warehouse, false).hash("V1");
			loadAContact(warehouse);
			assertThat(Pseudonymiser.forWarehouse(null, null, warehouse, false).hash("V1")).isEqualTo(first);
			assertThatExceptionOfType(ConfigurationException.class)
				.isThrownBy(() -> Pseudonymiser.forWarehouse(KEY, null, warehouse, false))
				.withMessage("the pseudonymisation key from CANVASS_AUDIT_PSEUDONYM_KEY is not the one the voter"
						+ " pseudonyms in " + warehouse.file()
						+ " were made with: configure that key again, or rotate keys (canvass.pseudonym.rotate)");
			assertThat(warehouse.jdbc().queryForObject("SELECT count(*) FROM pseudonym_key", Integer.class))
				.isEqualTo(1);
		}
	}

	// A first night that failed before any contact was loaded locks nothing in: a
	// corrected key takes the place of the one recorded, and is then the warehouse's.
	@Test
	void aKeyCorrectedBeforeAnyContactIsLoadedTakesOver() {
		try (Warehouse warehouse = openWarehouse()) {
			Pseudonymiser.forWarehouse("typo-456789abcdef", null, warehouse, false);
			Pseudonymiser.forWarehouse(KEY, null, warehouse, false);
			loadAContact(warehouse);
			assertThatExceptionOfType(ConfigurationException.class)
				.isThrownBy(() -> Pseudonymiser.forWarehouse("typo-456789abcdef", null, warehouse, false));
			assertThat(Pseudonymiser.forWarehouse(KEY, null, warehouse, false).hash("V1"))
				.isEqualTo(Pseudonymiser.resolve(KEY, null, warehouse.file()).hash("V1"));
		}
	}

	// Rotating keys (canvass.pseudonym.rotate): the new key takes over, and from then on
	// it is the warehouse's, and the old one is refused.
	@Test
	void aRotatedKeyTakesOver() {
		try (Warehouse warehouse = openWarehouse()) {
			Pseudonymiser.forWarehouse(KEY, null, warehouse, false);
			loadAContact(warehouse);
			Pseudonymiser.forWarehouse("fedcba9876543210", null, warehouse, true);
			Pseudonymiser.forWarehouse("fedcba9876543210", null, warehouse, false);
			assertThatExceptionOfType(ConfigurationException.class)
				.isThrownBy(() -> Pseudonymiser.forWarehouse(KEY, null, warehouse, false));
			assertThat(warehouse.jdbc().queryForObject("SELECT count(*) FROM pseudonym_key", Integer.class))
				.isEqualTo(1);
		}
	}

	// With no key configured, a key is generated only for a warehouse that holds no
	// pseudonyms yet: one made with a configured key (its environment variable not set
	// tonight) is refused, and no key file is written. A warehouse from before
	// fingerprints were kept is trusted with a configured key.
	@Test
	void noKeyIsGeneratedForAWarehouseThatHoldsPseudonyms() {
		try (Warehouse warehouse = openWarehouse()) {
			loadAContact(warehouse);
			assertThatExceptionOfType(ConfigurationException.class)
				.isThrownBy(() -> Pseudonymiser.forWarehouse(null, null, warehouse, false))
				.withMessageStartingWith("no pseudonymisation key is configured, and the warehouse " + warehouse.file()
						+ " holds voter pseudonyms made with one");
			assertThat(this.temp.resolve("w.duckdb.key")).doesNotExist();
			assertThat(Pseudonymiser.forWarehouse(KEY, null, warehouse, false).hash("V1"))
				.isEqualTo(Pseudonymiser.resolve(KEY, null, warehouse.file()).hash("V1"));
			assertThatExceptionOfType(ConfigurationException.class)
				.isThrownBy(() -> Pseudonymiser.forWarehouse(null, null, warehouse, false));
			assertThat(this.temp.resolve("w.duckdb.key")).doesNotExist();
		}
	}

	private static void loadAContact(Warehouse warehouse) {
		warehouse.jdbc()
			.update("INSERT INTO contact_row VALUES (1, 2, 'CC-1', 42, 'S1', 'V1', TIMESTAMP '2024-06-04 10:00:00',"
					+ " DATE '2024-06-04', 'door', true)");
	}

	private Warehouse openWarehouse() {
		return Warehouse.open(this.temp.resolve("w.duckdb"), new WarehouseProperties(null, null, null, null));
	}

	// The hash never carries the voter_ref: not in its hex, not in its decimal forms,
	// for a numeric reference and a hex-looking one; distinct references hash apart.
	@Test
	void theHashNeverContainsTheVoterRef() {
		Pseudonymiser pseudonymiser = Pseudonymiser.resolve(KEY, null, this.temp.resolve("w.duckdb"));
		for (String voterRef : new String[] { "12345678", "00000001", "deadbeef", "VR-000123" }) {
			long hash = pseudonymiser.hash(voterRef);
			assertThat(HexFormat.of().toHexDigits(hash)).doesNotContainIgnoringCase(voterRef);
			assertThat(Long.toString(hash)).doesNotContain(voterRef);
			assertThat(Long.toUnsignedString(hash)).doesNotContain(voterRef);
		}
		assertThat(pseudonymiser.hash("12345678")).isNotEqualTo(pseudonymiser.hash("12345679"));
	}

}
