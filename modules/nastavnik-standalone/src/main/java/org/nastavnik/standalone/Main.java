package org.nastavnik.standalone;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code java -jar nastavnik.jar}: starts the embedded runtime, prints where it answers
 * and runs until Ctrl-C.
 */
public final class Main {

	/**
	 * Exit code for a command line that cannot be run.
	 */
	public static final int EXIT_USAGE = 2;

	/**
	 * Exit code for a runtime that did not start.
	 */
	public static final int EXIT_STARTUP_FAILED = 1;

	public static void main(String[] args) throws InterruptedException {
		int exitCode = run(List.of(args), System.out, System.err);

		// A normal stop returns from main and lets the JVM end by itself: exiting here could
		// block the shutdown hook that stopped the framework.
		if (exitCode != 0) {
			System.exit(exitCode);
		}
	}

	/**
	 * Runs the launcher until the framework stops.
	 *
	 * @return the exit code
	 */
	static int run(List<String> args, PrintStream out, PrintStream err)
		throws InterruptedException {

		CommandLine.Command command;

		try {
			command = CommandLine.parse(args, Path.of(""));
		}
		catch (CommandLine.UsageException usageException) {
			err.println("nastavnik: " + usageException.getMessage());
			err.println("Try java -jar nastavnik.jar --help");

			return EXIT_USAGE;
		}

		if (!(command instanceof CommandLine.Command.Start start)) {
			out.print(CommandLine.USAGE);

			return 0;
		}

		Settings settings = start.settings();

		RunningRuntime runningRuntime;

		try {
			runningRuntime = EmbeddedRuntime.start(settings);
		}
		catch (StartupException startupException) {
			err.println("Nastavnik did not start. " + startupException.getMessage());

			return EXIT_STARTUP_FAILED;
		}

		Runtime.getRuntime().addShutdownHook(
			new Thread(runningRuntime::close, "nastavnik-shutdown"));

		out.println(
			"Nastavnik is ready at " + runningRuntime.baseUri() + " (started in " +
				_sinceJvmStart().toMillis() + " ms)");

		// The password holds for the built-in demo people only, not for a people file.
		if (runningRuntime.demoMode() && settings.directoryFile().isEmpty()) {
			out.println(
				"Demo mode: sign in as admin, curator, editor, moderator or any demo " +
					"educator with password \"demo\".");
		}

		runningRuntime.waitForStop();

		return 0;
	}

	// What a person waits for counts from the java command on. Not ProcessHandle: on Linux
	// its start instant is off by up to a second (boot time in whole seconds).
	private static Duration _sinceJvmStart() {
		return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
	}

	private Main() {
	}

}
