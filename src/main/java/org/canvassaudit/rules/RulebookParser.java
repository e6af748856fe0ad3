package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and validates a rulebook. Every key must be one the spec lists, with the right
 * type: an unknown key, a wrong type or a missing key is an error naming the key, never a
 * default.
 */
public final class RulebookParser {

	private static final Set<String> CLASSIFICATIONS = Set.of("battleground", "safe", "unwinnable");

	private static final Set<String> ROLES = Set.of("candidate", "frontbencher");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private RulebookParser() {
	}

	/**
	 * @param yaml the rulebook text
	 * @param sha256 the SHA-256 of the file it came from
	 * @return the rulebook
	 * @throws RulebookException naming the key at fault
	 */
	public static Rulebook parse(String yaml, String sha256) throws RulebookException {
		Map<String, Object> root = asMap(load(yaml), "the rulebook");
		allowOnly(root, "", "rulebook", "version", "effective_from", "twinned_sessions", "recess_visits",
				"classification_access", "gotv");
		String name = string(root, "", "rulebook");
		int version = integer(root, "", "version");
		if (version < 1) {
			throw new RulebookException("version must be 1 or more");
		}
		LocalDate effectiveFrom = date(root, "", "effective_from");
		return new Rulebook(name, version, effectiveFrom, twinnedSessions(root.get("twinned_sessions")),
				recessVisits(root.get("recess_visits")), classificationAccess(root.get("classification_access")),
				gotv(root.get("gotv")), sha256);
	}

	private static Object load(String yaml) throws RulebookException {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		options.setAllowRecursiveKeys(false);
		Yaml parser = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new DatesAsTextResolver());
		try {
			Object document = parser.load(yaml);
			if (document == null) {
				throw new RulebookException("empty rulebook");
			}
			return document;
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark();
			throw new RulebookException("not valid YAML: " + ex.getProblem() + ((mark != null)
					? " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")" : ""));
		}
		catch (YAMLException ex) {
			throw new RulebookException("not valid YAML: " + ex.getMessage().replace('\n', ' '));
		}
	}

	private static Rulebook.TwinnedSessions twinnedSessions(Object section) throws RulebookException {
		if (section == null) {
			return null;
		}
		String at = "twinned_sessions.";
		Map<String, Object> map = asMap(section, "twinned_sessions");
		allowOnly(map, at, "applies_to_classifications", "own_seat_contacts_more_than", "required_twinned_sessions",
				"revoke_on_breach");
		Set<String> classifications = new TreeSet<>();
		for (Object item : list(map, at, "applies_to_classifications")) {
			classifications.add(code(item, at + "applies_to_classifications", CLASSIFICATIONS));
		}
		return new Rulebook.TwinnedSessions(Set.copyOf(classifications), count(map, at, "own_seat_contacts_more_than"),
				count(map, at, "required_twinned_sessions"),
				tools(list(map, at, "revoke_on_breach"), at + "revoke_on_breach"));
	}

	private static Rulebook.RecessVisits recessVisits(Object section) throws RulebookException {
		if (section == null) {
			return null;
		}
		String at = "recess_visits.";
		Map<String, Object> map = asMap(section, "recess_visits");
		allowOnly(map, at, "role", "required_visits", "visits_must_be_declared");
		String role = code(map.get("role"), at + "role", ROLES);
		return new Rulebook.RecessVisits(role, count(map, at, "required_visits"),
				bool(map, at, "visits_must_be_declared"));
	}

	private static Map<String, Set<Tool>> classificationAccess(Object section) throws RulebookException {
		if (section == null) {
			return Map.of();
		}
		Map<String, Object> map = asMap(section, "classification_access");
		Map<String, Set<Tool>> denied = new TreeMap<>();
		for (Map.Entry<String, Object> entry : map.entrySet()) {
			String key = "classification_access." + entry.getKey();
			if (!CLASSIFICATIONS.contains(entry.getKey())) {
				throw new RulebookException("unknown key '" + key + "': not a seat classification");
			}
			List<?> tools = (entry.getValue() == null) ? List.of() : asList(entry.getValue(), key);
			denied.put(entry.getKey(), Set.copyOf(tools(tools, key)));
		}
		return Map.copyOf(denied);
	}

	private static Rulebook.Gotv gotv(Object section) throws RulebookException {
		if (section == null) {
			return null;
		}
		String at = "gotv.";
		Map<String, Object> map = asMap(section, "gotv");
		allowOnly(map, at, "polling_day", "no_support_for_held_seats");
		return new Rulebook.Gotv(date(map, at, "polling_day"), bool(map, at, "no_support_for_held_seats"));
	}

	private static List<Tool> tools(List<?> items, String key) throws RulebookException {
		Set<Tool> tools = new TreeSet<>();
		for (Object item : items) {
			Tool tool = (item instanceof String text) ? Tool.ofKey(text) : null;
			if (tool == null) {
				throw new RulebookException("'" + key + "' holds '" + item
						+ "', which is not a tool (organise, contact_creator, leaflet_printing)");
			}
			tools.add(tool);
		}
		return List.copyOf(tools);
	}

	private static void allowOnly(Map<String, Object> map, String at, String... keys) throws RulebookException {
		Set<String> allowed = new LinkedHashSet<>(List.of(keys));
		for (String key : map.keySet()) {
			if (!allowed.contains(key)) {
				throw new RulebookException("unknown key '" + at + key + "'");
			}
		}
	}

	private static Object required(Map<String, Object> map, String at, String key) throws RulebookException {
		Object value = map.get(key);
		if (value == null) {
			throw new RulebookException("missing key '" + at + key + "'");
		}
		return value;
	}

	private static String string(Map<String, Object> map, String at, String key) throws RulebookException {
		Object value = required(map, at, key);
		if (!(value instanceof String text) || text.isBlank()) {
			throw wrongType(at + key, "text", value);
		}
		return text.strip();
	}

	private static int integer(Map<String, Object> map, String at, String key) throws RulebookException {
		Object value = required(map, at, key);
		if (!(value instanceof Integer number)) {
			throw wrongType(at + key, "a whole number", value);
		}
		return number;
	}

	private static int count(Map<String, Object> map, String at, String key) throws RulebookException {
		int value = integer(map, at, key);
		if (value < 0) {
			throw new RulebookException("'" + at + key + "' must not be negative");
		}
		return value;
	}

	private static boolean bool(Map<String, Object> map, String at, String key) throws RulebookException {
		Object value = required(map, at, key);
		if (!(value instanceof Boolean flag)) {
			throw wrongType(at + key, "true or false", value);
		}
		return flag;
	}

	private static LocalDate date(Map<String, Object> map, String at, String key) throws RulebookException {
		Object value = required(map, at, key);
		if (value instanceof String text && DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			}
			catch (java.time.DateTimeException ex) {
				// falls through to the type error below
			}
		}
		throw wrongType(at + key, "a date YYYY-MM-DD", value);
	}

	private static List<?> list(Map<String, Object> map, String at, String key) throws RulebookException {
		return asList(required(map, at, key), at + key);
	}

	private static String code(Object value, String key, Set<String> codes) throws RulebookException {
		if (value == null) {
			throw new RulebookException("missing key '" + key + "'");
		}
		String code = (value instanceof String text) ? text.strip().toLowerCase(Locale.ROOT) : null;
		if (code == null || !codes.contains(code)) {
			throw new RulebookException(
					"'" + key + "' holds '" + value + "', which is not one of " + new TreeSet<>(codes));
		}
		return code;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value, String key) throws RulebookException {
		if (!(value instanceof Map<?, ?> map)) {
			throw wrongType(key, "a mapping of keys", value);
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!(entry.getKey() instanceof String)) {
				throw new RulebookException("unknown key '" + entry.getKey() + "' in " + key);
			}
			copy.put((String) entry.getKey(), entry.getValue());
		}
		return (Map<String, Object>) (Map<?, ?>) copy;
	}

	private static List<?> asList(Object value, String key) throws RulebookException {
		if (!(value instanceof List<?> list)) {
			throw wrongType(key, "a list", value);
		}
		return new ArrayList<>(list);
	}

	private static RulebookException wrongType(String key, String expected, Object value) {
		String found = (value == null) ? "nothing" : value.getClass().getSimpleName() + " '" + value + "'";
		return new RulebookException("wrong type for '" + key + "': expected " + expected + ", found " + found);
	}

	/**
	 * YAML 1.1 turns {@code 2024-06-03} into a timestamp in the JVM's zone; dates stay
	 * text here and are parsed strictly as calendar dates.
	 */
	private static final class DatesAsTextResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
		}

	}

}
