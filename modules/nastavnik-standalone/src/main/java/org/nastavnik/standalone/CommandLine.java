package org.nastavnik.standalone;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Parses the launcher's options into {@link Settings}.
 */
public final class CommandLine {

	/**
	 * The usage text that {@code --help} prints.
	 */
	public static final String USAGE = """
		Usage: java -jar nastavnik.jar [options]

		Starts Nastavnik, teacher mentoring, on this computer.

		Options:
		  --port N               HTTP port (default 8080; 0 picks a free one)
		  --data DIR             data directory for the database and the framework
		                         cache (default ./data)
		  --jdbc-url URL         database to use instead of the H2 file DIR/db/nastavnik,
		                         e.g. jdbc:postgresql://localhost:5432/nastavnik
		  --jdbc-user USER       database user (with --jdbc-url)
		  --jdbc-password PASS   database password (with --jdbc-url)
		  --directory FILE       people file for sign-in (default: the demo people)
		  --log-level LEVEL      error, warn, info or debug (default warn)
		  --help                 print this text and exit

		A new data directory starts with demo data.
		""";

	/**
	 * Returns what the arguments ask for.
	 *
	 * @param args the arguments, {@code --name value} or {@code --name=value}
	 * @param workingDirectory what relative paths are relative to
	 * @throws UsageException if an option is unknown, lacks its value or has a bad one
	 */
	public static Command parse(List<String> args, Path workingDirectory)
		throws UsageException {

		Settings settings = Settings.of(workingDirectory.resolve("data"));
		String jdbcUrl = null;
		String jdbcUser = null;
		String jdbcPassword = null;

		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);

			if (arg.equals("--help") || arg.equals("-h")) {
				return new Command.ShowHelp();
			}

			if (!arg.startsWith("--")) {
				throw new UsageException("unexpected argument \"" + arg + "\"");
			}

			String name = arg;
			String value;

			int equals = arg.indexOf('=');

			if (equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			else if ((i + 1) < args.size()) {
				value = args.get(++i);
			}
			else {
				value = null;
			}

			if (!_OPTIONS.contains(name)) {
				throw new UsageException("unknown option " + name);
			}

			if (value == null) {
				throw new UsageException(name + " needs a value");
			}

			switch (name) {
				case "--data" -> settings = new Settings(
					settings.port(), _path(name, value, workingDirectory),
					settings.jdbc(), settings.directoryFile(),
					settings.logLevel());
				case "--directory" -> settings = settings.withDirectoryFile(
					_existingFile(name, value, workingDirectory));
				case "--jdbc-password" -> jdbcPassword = value;
				case "--jdbc-url" -> jdbcUrl = _jdbcUrl(value);
				case "--jdbc-user" -> jdbcUser = value;
				case "--log-level" -> settings = settings.withLogLevel(
					LogLevel.of(
						value
					).orElseThrow(
						() -> new UsageException(
							"--log-level must be error, warn, info or debug, not \"" +
								value + "\"")
					));
				case "--port" -> settings = settings.withPort(_port(value));
				default -> throw new IllegalStateException(name);
			}
		}

		if (jdbcUrl != null) {
			settings = settings.withJdbc(
				new Settings.Jdbc(
					jdbcUrl, Optional.ofNullable(jdbcUser),
					Optional.ofNullable(jdbcPassword)));
		}
		else if ((jdbcUser != null) || (jdbcPassword != null)) {
			throw new UsageException(
				"--jdbc-user and --jdbc-password go with --jdbc-url");
		}

		return new Command.Start(settings);
	}

	/**
	 * What the command line asks the launcher to do.
	 */
	public sealed interface Command {

		/**
		 * Print {@link CommandLine#USAGE} and exit.
		 */
		record ShowHelp() implements Command {
		}

		/**
		 * Start the runtime with these settings.
		 */
		record Start(Settings settings) implements Command {
		}

	}

	/**
	 * A command line that cannot be run; the message says why, for the person who typed it.
	 */
	public static final class UsageException extends Exception {

		public UsageException(String message) {
			super(message);
		}

	}

	private static Path _existingFile(
			String name, String value, Path workingDirectory)
		throws UsageException {

		Path path = _path(name, value, workingDirectory);

		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new UsageException(
				name + ": no readable file at " + path.toAbsolutePath());
		}

		return path;
	}

	private static String _jdbcUrl(String value) throws UsageException {
		if (!value.startsWith("jdbc:")) {
			throw new UsageException(
				"--jdbc-url must start with jdbc:, e.g. " +
					"jdbc:postgresql://localhost:5432/nastavnik");
		}

		return value;
	}

	private static Path _path(String name, String value, Path workingDirectory)
		throws UsageException {

		if (value.isBlank()) {
			throw new UsageException(name + " needs a path");
		}

		try {
			return workingDirectory.resolve(value);
		}
		catch (InvalidPathException invalidPathException) {
			throw new UsageException(name + ": not a path: " + value);
		}
	}

	private static int _port(String value) throws UsageException {
		try {
			int port = Integer.parseInt(value);

			if ((port >= 0) && (port <= 65535)) {
				return port;
			}
		}
		catch (NumberFormatException numberFormatException) {
		}

		throw new UsageException(
			"--port must be a number from 0 to 65535, not \"" + value + "\"");
	}

	private CommandLine() {
	}

	private static final List<String> _OPTIONS = List.of(
		"--data", "--directory", "--jdbc-password", "--jdbc-url", "--jdbc-user",
		"--log-level", "--port");

}
