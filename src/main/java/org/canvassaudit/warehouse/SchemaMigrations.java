package org.canvassaudit.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the numbered {@code db/migration/V<n>__<name>.sql} files that the warehouse has
 * not seen yet, in order, each in its own transaction, and records them in
 * {@code schema_migration}.
 */
final class SchemaMigrations {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

	private SchemaMigrations() {
	}

	static void apply(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE IF NOT EXISTS schema_migration (
						version INTEGER PRIMARY KEY,
						name VARCHAR NOT NULL,
						applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""");
		}
		Set<Integer> applied = appliedVersions(connection);
		for (Resource resource : migrations()) {
			Matcher matcher = NAME.matcher(resource.getFilename());
			if (!matcher.matches()) {
				continue;
			}
			int version = Integer.parseInt(matcher.group(1));
			if (!applied.contains(version)) {
				applyOne(connection, version, matcher.group(2), read(resource));
			}
		}
	}

	private static void applyOne(Connection connection, int version, String name, String sql) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			for (String part : sql.split(";\\s*(\\n|$)")) {
				if (!part.isBlank()) {
					statement.execute(part);
				}
			}
			statement.execute("INSERT INTO schema_migration (version, name) VALUES (" + version + ", '"
					+ name.replace("'", "''") + "')");
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw new SQLException("migration V" + version + "__" + name + " failed: " + ex.getMessage(), ex);
		}
		catch (RuntimeException | Error ex) {
			// setting auto-commit back below would commit the migration's first half
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
		Set<Integer> versions = new HashSet<>();
		try (Statement statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT version FROM schema_migration")) {
			while (rows.next()) {
				versions.add(rows.getInt(1));
			}
		}
		return versions;
	}

	private static Resource[] migrations() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/V*__*.sql");
			Arrays.sort(resources, Comparator.comparingInt(SchemaMigrations::versionOf));
			return resources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int versionOf(Resource resource) {
		Matcher matcher = NAME.matcher(resource.getFilename());
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
