package org.nastavnik.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the versioned SQL scripts of this bundle, recording each in
 * {@code Nastavnik_SchemaVersion}.
 *
 * <p>Our own small runner, as Liferay has its own upgrade steps: Flyway's classpath scanning
 * needs OSGi help and its split database modules are not worth carrying for a few scripts.</p>
 *
 * <p>Scripts are listed, one file name a line, in {@code migration/migrations.list} beside this
 * class and loaded by the bundle's class loader. Each runs in its own transaction, which first
 * records its version: a node that starts at the same time waits on that row and then skips the
 * script as applied. A script's statements end with {@code ;} at the end of a line; lines
 * starting with {@code --} are comments.</p>
 */
public class Migrations {

	/**
	 * Loads the scripts of this bundle.
	 */
	public Migrations() {
		List<Migration> migrations = new ArrayList<>();

		for (String line : _read("migrations.list").split("\\R")) {
			String fileName = line.strip();

			if (!fileName.isEmpty() && !fileName.startsWith("#")) {
				migrations.add(_migration(fileName));
			}
		}

		migrations.sort(Comparator.comparingInt(Migration::version));

		for (int i = 1; i < migrations.size(); i++) {
			if (migrations.get(i - 1).version() == migrations.get(i).version()) {
				throw new IllegalStateException(
					"Two migrations have version " + migrations.get(i).version());
			}
		}

		_migrations = List.copyOf(migrations);
	}

	/**
	 * Applies the scripts not applied yet, in order of version.
	 *
	 * @param dataSource the database; its connections come without auto-commit
	 * @return the scripts this call applied
	 * @throws DataAccessException if a script fails; later ones are not tried
	 */
	public List<Migration> apply(DataSource dataSource) {
		List<Migration> applied = new ArrayList<>();

		try (Connection connection = dataSource.getConnection()) {
			_createSchemaVersionTable(connection);

			Set<Integer> versions = _versions(connection);

			for (Migration migration : _migrations) {
				if (!versions.contains(migration.version()) && _apply(connection, migration)) {
					applied.add(migration);
				}
			}
		}
		catch (SQLException sqlException) {
			throw new DataAccessException("migrate the schema", sqlException);
		}

		return List.copyOf(applied);
	}

	/**
	 * @return every script of this bundle, in order of version
	 */
	public List<Migration> migrations() {
		return _migrations;
	}

	private boolean _apply(Connection connection, Migration migration) throws SQLException {
		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"INSERT INTO Nastavnik_SchemaVersion (version, description, installedOn) " +
					"VALUES (?, ?, ?)")) {

			preparedStatement.setInt(1, migration.version());
			preparedStatement.setString(2, migration.description());
			preparedStatement.setObject(3, Statements.timestamp(Statements.now()));

			preparedStatement.executeUpdate();
		}
		catch (SQLException sqlException) {
			connection.rollback();

			if (ConstraintViolation.UNIQUE.isViolatedBy(sqlException)) {
				return false;
			}

			throw sqlException;
		}

		try (Statement statement = connection.createStatement()) {
			for (String sql : migration.statements()) {
				statement.execute(sql);
			}

			connection.commit();
		}
		catch (SQLException sqlException) {
			connection.rollback();

			_forget(connection, migration);

			throw new DataAccessException(
				"apply migration V" + migration.version() + " (" + migration.description() + ")",
				sqlException);
		}

		if (_log.isInfoEnabled()) {
			_log.info("Applied migration V{} ({})", migration.version(), migration.description());
		}

		return true;
	}

	private void _createSchemaVersionTable(Connection connection) throws SQLException {
		for (int attempt = 1;; attempt++) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(
					"CREATE TABLE IF NOT EXISTS Nastavnik_SchemaVersion (version INT NOT NULL " +
						"PRIMARY KEY, description VARCHAR(255) NOT NULL, installedOn TIMESTAMP " +
							"NOT NULL)");

				connection.commit();

				return;
			}
			catch (SQLException sqlException) {
				connection.rollback();

				// PostgreSQL fails one of two concurrent CREATE TABLE IF NOT EXISTS (23505, 42710,
				// 42P07); once the other has committed, the retry finds the table.

				if (attempt == 3) {
					throw sqlException;
				}
			}
		}
	}

	private void _forget(Connection connection, Migration migration) throws SQLException {

		// H2 commits DDL at once, so the version row of a failed script may have been committed.

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"DELETE FROM Nastavnik_SchemaVersion WHERE version = ?")) {

			preparedStatement.setInt(1, migration.version());

			preparedStatement.executeUpdate();

			connection.commit();
		}
	}

	private Migration _migration(String fileName) {
		Matcher matcher = _FILE_NAME_PATTERN.matcher(fileName);

		if (!matcher.matches()) {
			throw new IllegalStateException(
				"A migration is named V<version>__<description>.sql: " + fileName);
		}

		List<String> statements = new ArrayList<>();
		StringBuilder sb = new StringBuilder();

		for (String line : _read(fileName).split("\\R")) {
			String strippedLine = line.strip();

			if (strippedLine.isEmpty() || strippedLine.startsWith("--")) {
				continue;
			}

			if (sb.length() > 0) {
				sb.append('\n');
			}

			if (strippedLine.endsWith(";")) {
				sb.append(strippedLine, 0, strippedLine.length() - 1);

				statements.add(sb.toString());

				sb.setLength(0);
			}
			else {
				sb.append(strippedLine);
			}
		}

		if (sb.length() > 0) {
			throw new IllegalStateException(
				"The last statement of " + fileName + " does not end with ;");
		}

		return new Migration(
			Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), statements);
	}

	private String _read(String fileName) {
		String name = "migration/" + fileName;

		try (InputStream inputStream = Migrations.class.getResourceAsStream(name)) {
			if (inputStream == null) {
				throw new IllegalStateException(
					"Missing resource " + name + " beside " + Migrations.class.getName());
			}

			return new String(inputStream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private Set<Integer> _versions(Connection connection) throws SQLException {
		Set<Integer> versions = new HashSet<>();

		try (Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(
				"SELECT version FROM Nastavnik_SchemaVersion")) {

			while (resultSet.next()) {
				versions.add(resultSet.getInt(1));
			}
		}

		connection.commit();

		return versions;
	}

	private static final Pattern _FILE_NAME_PATTERN = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

	private static final Logger _log = LoggerFactory.getLogger(Migrations.class);

	private final List<Migration> _migrations;

}
