package org.nastavnik.standalone;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What an embedded runtime is started with: the HTTP port, the data directory and the
 * database, the people file and how much to log.
 *
 * @param port the HTTP port; {@code 0} picks a free one
 * @param dataDirectory holds the H2 database and the framework cache
 * @param jdbc another database than the H2 file in the data directory
 * @param directoryFile a people file for the directory instead of the demo people
 * @param logLevel how much to write to the console
 */
public record Settings(
	int port, Path dataDirectory, Optional<Jdbc> jdbc, Optional<Path> directoryFile,
	LogLevel logLevel) {

	public static final int DEFAULT_PORT = 8080;

	/**
	 * Returns the default settings for a data directory: port 8080, the H2 file database in
	 * it, the demo people, warnings only.
	 */
	public static Settings of(Path dataDirectory) {
		return new Settings(
			DEFAULT_PORT, dataDirectory, Optional.empty(), Optional.empty(),
			LogLevel.WARN);
	}

	public Settings {
		if ((port < 0) || (port > 65535)) {
			throw new IllegalArgumentException("Port out of range: " + port);
		}

		dataDirectory = dataDirectory.toAbsolutePath().normalize();
		Objects.requireNonNull(jdbc, "jdbc");
		directoryFile = directoryFile.map(file -> file.toAbsolutePath().normalize());
		Objects.requireNonNull(logLevel, "logLevel");
	}

	/**
	 * Returns the H2 database that is used unless {@link #jdbc()} names another one.
	 */
	public Path defaultDatabase() {
		return dataDirectory.resolve("db").resolve("nastavnik");
	}

	/**
	 * Returns the JDBC URL of the database to use.
	 */
	public String jdbcUrl() {
		return jdbc.map(
			Jdbc::url
		).orElseGet(
			() -> "jdbc:h2:file:" + defaultDatabase()
		);
	}

	public Settings withDirectoryFile(Path directoryFile) {
		return new Settings(
			port, dataDirectory, jdbc, Optional.of(directoryFile), logLevel);
	}

	public Settings withJdbc(Jdbc jdbc) {
		return new Settings(
			port, dataDirectory, Optional.of(jdbc), directoryFile, logLevel);
	}

	public Settings withLogLevel(LogLevel logLevel) {
		return new Settings(
			port, dataDirectory, jdbc, directoryFile, logLevel);
	}

	public Settings withPort(int port) {
		return new Settings(
			port, dataDirectory, jdbc, directoryFile, logLevel);
	}

	/**
	 * A database given by its JDBC URL, e.g. PostgreSQL.
	 *
	 * @param url the JDBC URL
	 * @param user the user, when the URL does not carry it
	 * @param password the password, when the URL does not carry it
	 */
	public record Jdbc(String url, Optional<String> user, Optional<String> password) {

		public Jdbc {
			Objects.requireNonNull(url, "url");
			Objects.requireNonNull(user, "user");
			Objects.requireNonNull(password, "password");
		}

		/**
		 * Never shows the password, so that settings can be logged.
		 */
		@Override
		public String toString() {
			return "Jdbc[url=" + url + ", user=" + user.orElse("") + "]";
		}

	}

}
