package org.canvassaudit.oracle;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The parts of an HQ rulebook (SPEC §2) the oracle needs, read with SnakeYAML into plain
 * maps rather than through the product's parser.
 *
 * @param version the version
 * @param effectiveFrom the first Monday it governs
 * @param twinned the {@code twinned_sessions} rule, or {@code null}
 * @param recess the {@code recess_visits} rule, or {@code null}
 * @param classificationAccess tools denied per classification
 */
public record OracleRulebook(int version, LocalDate effectiveFrom, TwinnedRule twinned, RecessRule recess,
		Map<String, List<String>> classificationAccess) {

	/**
	 * {@code twinned_sessions}.
	 *
	 * @param appliesTo the classifications it applies to
	 * @param threshold own-seat contacts more than which it applies
	 * @param required the required twinned sessions
	 * @param revokeOnBreach the tools a breach revokes
	 */
	public record TwinnedRule(List<String> appliesTo, int threshold, int required, List<String> revokeOnBreach) {
	}

	/**
	 * {@code recess_visits}.
	 *
	 * @param role the role it applies to
	 * @param required the required visit days
	 * @param mustBeDeclared whether a visit day counts only when declared
	 */
	public record RecessRule(String role, int required, boolean mustBeDeclared) {
	}

	@SuppressWarnings("unchecked")
	static OracleRulebook parse(String yaml) {
		Map<String, Object> root = new Yaml().load(yaml);
		Map<String, Object> twinned = (Map<String, Object>) root.get("twinned_sessions");
		Map<String, Object> recess = (Map<String, Object>) root.get("recess_visits");
		Map<String, List<String>> denied = new LinkedHashMap<>();
		Map<String, Object> access = (Map<String, Object>) root.get("classification_access");
		if (access != null) {
			access.forEach((key, tools) -> denied.put(key.toLowerCase(Locale.ROOT), (List<String>) tools));
		}
		TwinnedRule twinnedRule = (twinned != null)
				? new TwinnedRule((List<String>) twinned.get("applies_to_classifications"),
						(Integer) twinned.get("own_seat_contacts_more_than"),
						(Integer) twinned.get("required_twinned_sessions"),
						(List<String>) twinned.get("revoke_on_breach"))
				: null;
		RecessRule recessRule = (recess != null) ? new RecessRule((String) recess.get("role"),
				(Integer) recess.get("required_visits"), Boolean.TRUE.equals(recess.get("visits_must_be_declared")))
				: null;
		return new OracleRulebook((Integer) root.get("version"), date(root.get("effective_from")), twinnedRule,
				recessRule, denied);
	}

	/** SnakeYAML turns an unquoted ISO date into a {@link Date} at UTC midnight. */
	private static LocalDate date(Object value) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		return LocalDate.parse(value.toString());
	}

}
