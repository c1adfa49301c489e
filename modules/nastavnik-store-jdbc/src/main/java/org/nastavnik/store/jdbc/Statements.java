package org.nastavnik.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the stores pass values to statements and read them back, the same way on H2 and
 * PostgreSQL.
 */
public final class Statements {

	/**
	 * @param preparedStatement a statement
	 * @param firstIndex the index of the first placeholder to bind
	 * @param values the values, in order
	 * @return the index of the next placeholder
	 * @throws SQLException if a value cannot be bound
	 */
	public static int bind(PreparedStatement preparedStatement, int firstIndex, List<?> values)
		throws SQLException {

		int index = firstIndex;

		for (Object value : values) {
			preparedStatement.setObject(index++, value);
		}

		return index;
	}

	/**
	 * Reads the key an insert prepared with {@link Statement#RETURN_GENERATED_KEYS} generated. H2
	 * returns the identity column only, PostgreSQL every column, so the key is read by name.
	 *
	 * @param preparedStatement the executed insert
	 * @param column the identity column
	 * @return the key
	 * @throws SQLException if no key was generated
	 */
	public static long generatedKey(PreparedStatement preparedStatement, String column)
		throws SQLException {

		try (ResultSet resultSet = preparedStatement.getGeneratedKeys()) {
			if (!resultSet.next()) {
				throw new SQLException("No key was generated for " + column);
			}

			return resultSet.getLong(column);
		}
	}

	/**
	 * @param resultSet a row
	 * @param column a TIMESTAMP column holding UTC
	 * @return the instant
	 * @throws SQLException if the column cannot be read
	 */
	public static Instant instant(ResultSet resultSet, String column) throws SQLException {
		return resultSet.getObject(
			column, LocalDateTime.class
		).toInstant(
			ZoneOffset.UTC
		);
	}

	/**
	 * @return the current instant at the precision every column keeps (the portal's, milliseconds)
	 */
	public static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * @param values the values of an IN list
	 * @return {@code (?, ?, …)} with one placeholder for each
	 */
	public static String placeholders(Collection<?> values) {
		return values.stream(
		).map(
			value -> "?"
		).collect(
			Collectors.joining(", ", "(", ")")
		);
	}

	/**
	 * @param instant an instant
	 * @return the value of a TIMESTAMP column holding it in UTC
	 */
	public static LocalDateTime timestamp(Instant instant) {
		return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
	}

	private Statements() {
	}

}
