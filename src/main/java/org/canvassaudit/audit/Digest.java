package org.canvassaudit.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields, with unambiguous separators, so that the same fields
 * always give the same hex digest and different fields never collide by concatenation.
 */
public final class Digest {

	private final MessageDigest sha256 = newSha256();

	/**
	 * @param fields the next record's fields; {@code null} is distinct from an empty
	 * string
	 * @return this digest
	 */
	public Digest add(String... fields) {
		for (String field : fields) {
			if (field == null) {
				this.sha256.update((byte) 0);
			}
			else {
				byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
				this.sha256.update((byte) 1);
				this.sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
				this.sha256.update((byte) ':');
				this.sha256.update(bytes);
			}
		}
		this.sha256.update((byte) '\n');
		return this;
	}

	public String hex() {
		return HexFormat.of().formatHex(this.sha256.digest());
	}

	/**
	 * @param fields fields
	 * @return the hex digest of one record of them
	 */
	public static String of(String... fields) {
		return new Digest().add(fields).hex();
	}

	/**
	 * @param file a file
	 * @return the hex SHA-256 of its bytes
	 */
	public static String ofFile(Path file) {
		MessageDigest sha256 = newSha256();
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				sha256.update(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	/**
	 * @param text text
	 * @return the hex SHA-256 of its UTF-8 bytes
	 */
	public static String ofText(String text) {
		return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
