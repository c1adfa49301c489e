package org.nastavnik.store.jdbc;

import java.util.Objects;

/**
 * How to reach the database: the values of {@link JdbcConfiguration}, checked.
 *
 * @param url a JDBC URL of H2 ({@code jdbc:h2:…}) or PostgreSQL ({@code jdbc:postgresql:…})
 * @param user the user
 * @param password the password, possibly empty
 * @param maximumPoolSize the most connections open at once
 */
public record DatabaseSettings(String url, String user, String password, int maximumPoolSize) {

	public DatabaseSettings {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(user, "user");
		password = Objects.requireNonNullElse(password, "");

		if (!url.startsWith(_H2_PREFIX) && !url.startsWith(_POSTGRESQL_PREFIX)) {
			throw new IllegalArgumentException(
				"Only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported: " + url);
		}

		if (maximumPoolSize < 1) {
			throw new IllegalArgumentException("The pool needs a connection: " + maximumPoolSize);
		}
	}

	/**
	 * @param configuration the configuration
	 * @return its settings
	 */
	public static DatabaseSettings of(JdbcConfiguration configuration) {
		return new DatabaseSettings(
			configuration.url(), configuration.user(), configuration.password(),
			configuration.maximumPoolSize());
	}

	/**
	 * @return the URL to connect with: for H2, the configured one with the settings the runtime
	 *         relies on, unless the configuration sets them itself
	 */
	public String connectionUrl() {
		if (!isH2()) {
			return url;
		}

		StringBuilder sb = new StringBuilder(url);

		if (!url.startsWith("jdbc:h2:mem:") && !_hasSetting("DB_CLOSE_ON_EXIT")) {

			// The runtime closes the pool on deactivation; H2's own shutdown hook would race it.

			sb.append(";DB_CLOSE_ON_EXIT=FALSE");
		}

		if (!_hasSetting("LOCK_TIMEOUT")) {

			// H2 waits only 1 s for a row lock by default; busy mentors get many at once.

			sb.append(";LOCK_TIMEOUT=10000");
		}

		return sb.toString();
	}

	/**
	 * @return whether the database is H2, else PostgreSQL
	 */
	public boolean isH2() {
		return url.startsWith(_H2_PREFIX);
	}

	@Override
	public String toString() {

		// Keeps the password out of logs and exception messages.

		return "DatabaseSettings[url=" + url + ", user=" + user + ", maximumPoolSize=" +
			maximumPoolSize + "]";
	}

	private boolean _hasSetting(String name) {
		return url.toUpperCase().contains(";" + name + "=");
	}

	private static final String _H2_PREFIX = "jdbc:h2:";

	private static final String _POSTGRESQL_PREFIX = "jdbc:postgresql:";

}
