package org.nastavnik.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/nastavnik.jar} as a person runs it: options, the ready line, a
 * clean stop on SIGTERM (Ctrl-C) and a faster restart on the same data directory.
 */
class PackagedJarIT {

	@Test
	void badOptionsExitWithCode2AndSayWhatIsWrong() throws Exception {
		Process process = _java("--port", "eighty").redirectErrorStream(true).start();

		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(2);
		assertThat(
			new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
		).contains(
			"--port must be a number"
		);
	}

	@Test
	void theJarStartsInDemoModeStopsOnSigtermAndRestartsWithItsData() throws Exception {
		int port = _freePort();
		Path dataDirectory = _temporaryDirectory.resolve("data");

		List<String> first = _startAndStop(port, dataDirectory);

		assertThat(first).anySatisfy(
			line -> assertThat(line).startsWith(
				"Demo mode: sign in as admin, curator, editor, moderator"));
		assertThat(dataDirectory.resolve("db/nastavnik.mv.db")).exists();

		List<String> second = _startAndStop(port, dataDirectory);

		assertThat(second).noneSatisfy(
			line -> assertThat(line).startsWith("Demo mode"));

		System.out.println(
			"Cold start to the first answered request: new data directory " +
				_startupMillis(first) + " ms, restart " + _startupMillis(second) + " ms");
	}

	private static int _freePort() throws IOException {
		try (ServerSocket serverSocket = new ServerSocket(0)) {
			return serverSocket.getLocalPort();
		}
	}

	private static ProcessBuilder _java(String... args) {
		List<String> command = new ArrayList<>(
			List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				System.getProperty("nastavnik.jar", "target/nastavnik.jar")));

		command.addAll(List.of(args));

		return new ProcessBuilder(command);
	}

	private static long _startupMillis(List<String> lines) {
		for (String line : lines) {
			Matcher matcher = _READY.matcher(line);

			if (matcher.find()) {
				return Long.parseLong(matcher.group(2));
			}
		}

		throw new AssertionError("No ready line in " + lines);
	}

	/**
	 * Starts the jar, waits for its ready line, signs in over HTTP, sends SIGTERM and waits
	 * for the end.
	 *
	 * @return what the process printed
	 */
	private List<String> _startAndStop(int port, Path dataDirectory) throws Exception {
		Process process = _java(
			"--port", String.valueOf(port), "--data", dataDirectory.toString()
		).redirectErrorStream(
			true
		).start();

		List<String> lines = new CopyOnWriteArrayList<>();
		CountDownLatch ready = new CountDownLatch(1);

		Thread reader = new Thread(
			() -> {
				try (BufferedReader bufferedReader = new BufferedReader(
						new InputStreamReader(
							process.getInputStream(), StandardCharsets.UTF_8))) {

					for (String line; (line = bufferedReader.readLine()) != null;) {
						lines.add(line);

						if (_READY.matcher(line).find()) {
							ready.countDown();
						}
					}
				}
				catch (IOException ioException) {
					lines.add(ioException.toString());
				}
			});

		reader.start();

		try {
			assertThat(ready.await(60, TimeUnit.SECONDS)).as(
				"ready line in %s", lines
			).isTrue();

			assertThat(
				RestClient.basic(
					URI.create("http://localhost:" + port + "/"), "curator", "demo"
				).get(
					"/me"
				).status()
			).isEqualTo(
				200
			);

			process.destroy();

			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();

			reader.join(10_000);
		}
		finally {
			process.destroyForcibly();
		}

		assertThat(lines).noneSatisfy(
			line -> assertThat(line).containsAnyOf("Exception", "ERROR"));

		return lines;
	}

	private static final Pattern _READY = Pattern.compile(
		"^Nastavnik is ready at (http://localhost:\\d+/) \\(started in (\\d+) ms\\)$");

	@TempDir
	private Path _temporaryDirectory;

}
