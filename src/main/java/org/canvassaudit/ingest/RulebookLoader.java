package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.RulebookException;
import org.canvassaudit.rules.RulebookParser;

import org.springframework.stereotype.Component;

/**
 * HQ's rulebooks, validated and stored whole with their SHA-256. A version already held
 * with other content, or an {@code effective_from} already held, would make "the rulebook
 * for a week" ambiguous, so such a file is quarantined.
 */
@Component
class RulebookLoader implements InputLoader {

	private static final long MAX_BYTES = 1024 * 1024;

	@Override
	public InputKind kind() {
		return InputKind.RULEBOOK;
	}

	@Override
	public FileLoad open(InboxEntry entry, IngestContext context) {
		return this::load;
	}

	private RowCounts load(LoadTarget target) throws QuarantineException, IOException {
		String yaml = readUtf8(target);
		Rulebook rulebook;
		try {
			rulebook = RulebookParser.parse(yaml, target.sha256());
		}
		catch (RulebookException ex) {
			throw new QuarantineException(ex.getMessage());
		}
		checkAgainstHeld(target, rulebook);
		target.warehouse()
			.jdbc()
			.update("INSERT INTO rulebook (file_seq, name, version, effective_from, yaml) VALUES (?, ?, ?, ?, ?)",
					target.fileSeq(), rulebook.name(), rulebook.version(), rulebook.effectiveFrom(), yaml);
		return RowCounts.NONE;
	}

	private void checkAgainstHeld(LoadTarget target, Rulebook rulebook) throws QuarantineException {
		List<Map<String, Object>> held = target.warehouse().jdbc().queryForList("""
				SELECT r.yaml, f.sha256, f.path FROM rulebook r JOIN source_file f USING (file_seq)
				ORDER BY r.file_seq""");
		for (Map<String, Object> row : held) {
			Rulebook other;
			try {
				other = RulebookParser.parse((String) row.get("yaml"), (String) row.get("sha256"));
			}
			catch (RulebookException ex) {
				throw new IllegalStateException("a stored rulebook no longer parses: " + ex.getMessage(), ex);
			}
			if (other.version() == rulebook.version()) {
				throw new QuarantineException(
						"version " + rulebook.version() + " is already held (" + row.get("path") + ") with "
								+ (other.sameContentAs(rulebook) ? "the same rules: nothing to add" : "other content"));
			}
			if (other.effectiveFrom().equals(rulebook.effectiveFrom())) {
				throw new QuarantineException("effective_from " + rulebook.effectiveFrom()
						+ " is already held by version " + other.version() + " (" + row.get("path") + ")");
			}
		}
	}

	private static String readUtf8(LoadTarget target) throws IOException, QuarantineException {
		if (Files.size(target.file()) > MAX_BYTES) {
			throw new QuarantineException("larger than " + MAX_BYTES + " bytes: not a rulebook");
		}
		byte[] bytes = Files.readAllBytes(target.file());
		if (bytes.length == 0) {
			throw new QuarantineException("empty file");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new QuarantineException("not valid UTF-8", ex);
		}
	}

}
