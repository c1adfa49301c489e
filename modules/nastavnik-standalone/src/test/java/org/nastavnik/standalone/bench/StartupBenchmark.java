package org.nastavnik.standalone.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Startup benchmark of the packaged runtime: how long {@code java -jar nastavnik.jar} takes
 * from the spawn of the process to its first answered request, and how much memory it then
 * holds, side by side with the floor of any Java HTTP service measured in the same run
 * ({@link JvmFloorServer}).
 *
 * <p>
 * Scenarios, each run {@code -Druns=N} times (default 5), interleaved round by round so that
 * other load on the machine hits them alike:
 * </p>
 *
 * <ol>
 * <li>the JVM floor: the JDK's {@code HttpServer} answering {@code GET /health};</li>
 * <li>Nastavnik with a new, empty data directory (migrations, demo data, new Felix
 *     cache);</li>
 * <li>Nastavnik restarted on an existing data directory (Felix cache reused).</li>
 * </ol>
 *
 * <p>
 * Each run spawns a separate JVM with default flags and the {@code java} of this JVM, polls
 * {@code GET /api/v1/health} every 20 ms until it answers 200, then {@code GET
 * /api/v1/mentors} as curator:demo (HTTP Basic) until 200, reads VmRSS from
 * {@code /proc/PID/status} 5 s after the spawn (or after the requests, if they take longer)
 * and stops the process with SIGTERM.
 * </p>
 *
 * <p>
 * A benchmark, not a test: it fails only when something does not work (the jar is missing,
 * a process dies or never answers), never because the figures are slow.
 * </p>
 *
 * <p>
 * Run after {@code ./mvnw -B -q install -DskipTests} (or the module's install):
 * {@code ./mvnw -B -q -pl modules/nastavnik-standalone -Pbench exec:java [-Druns=5]}. Other
 * options: {@code -Dnastavnik.jar=PATH}.
 * </p>
 */
public final class StartupBenchmark {

	public static void main(String[] args) throws Exception {
		int runs = Integer.getInteger("runs", 5);

		if (runs < 1) {
			throw new IllegalArgumentException("-Druns must be at least 1, not " + runs);
		}

		StartupBenchmark startupBenchmark = new StartupBenchmark(runs);

		try {
			startupBenchmark._run();
		}
		finally {
			startupBenchmark._deleteWorkDirectory();
		}
	}

	private StartupBenchmark(int runs) throws IOException {
		_runs = runs;
		_java = Path.of(System.getProperty("java.home"), "bin", "java");
		_benchClasspath = _codeSource(JvmFloorServer.class);
		_jar = _jar(_benchClasspath);
		_workDirectory = Files.createTempDirectory("nastavnik-startup-bench");
		_httpClient = HttpClient.newBuilder(
		).version(
			HttpClient.Version.HTTP_1_1
		).connectTimeout(
			Duration.ofSeconds(2)
		).build();
	}

	private void _run() throws Exception {
		System.out.printf(
			"Nastavnik startup benchmark: %d runs per scenario, interleaved; %d CPUs; load " +
				"average %s%n",
			_runs, Runtime.getRuntime().availableProcessors(), _loadAverage());
		System.out.printf(
			"java: %s (%s), default JVM flags%njar:  %s (%d MB)%n", _java,
			System.getProperty("java.runtime.version"), _jar,
			Files.size(_jar) / (1024 * 1024));

		_warmUpHttpClient();

		// Untimed: brings the JDK, the jar and the page cache to the state of the timed runs.
		// Its data directory is the existing one that the restart scenario reuses.
		Path existingData = _workDirectory.resolve("data-existing");

		System.out.println("warm-up (not counted) ...");

		_floor();
		_nastavnik(existingData);

		List<Run> floorRuns = new ArrayList<>();
		List<Run> coldRuns = new ArrayList<>();
		List<Run> restartRuns = new ArrayList<>();

		for (int round = 1; round <= _runs; round++) {
			Run floor = _floor();
			Path newData = _workDirectory.resolve("data-new-" + round);
			Run cold = _nastavnik(newData);

			_delete(newData);

			Run restart = _nastavnik(existingData);

			floorRuns.add(floor);
			coldRuns.add(cold);
			restartRuns.add(restart);

			System.out.printf(
				"round %d/%d: floor %s | new data dir %s | restart %s%n", round, _runs, floor,
				cold, restart);
		}

		String loadAverage = _loadAverage();

		System.out.println();
		System.out.printf(
			"%-50s %4s %7s %7s %7s  %-16s %s%n", "scenario (ms from spawn)", "runs", "min",
			"median", "max", "median RSS (MB)", "median CPU (ms)");

		_row("JVM floor (JDK HttpServer): first 200 /health", floorRuns, Run::healthMillis, true);
		_row("Nastavnik, new data dir: first 200 /api/v1/health", coldRuns, Run::healthMillis, true);
		_row("  first 200 /api/v1/mentors (curator)", coldRuns, run -> run.apiMillis().orElseThrow(), false);
		_row("Nastavnik, restart: first 200 /api/v1/health", restartRuns, Run::healthMillis, true);
		_row("  first 200 /api/v1/mentors (curator)", restartRuns, run -> run.apiMillis().orElseThrow(), false);

		double floorMillis = _median(floorRuns, Run::healthMillis);
		double floorRss = _median(floorRuns, Run::rssKilobytes) / 1024;
		double coldMillis = _median(coldRuns, Run::healthMillis);

		System.out.println();
		System.out.printf(
			"Overhead over the JVM floor (median difference): new data dir +%.0f ms, +%.0f MB; " +
				"restart +%.0f ms, +%.0f MB%n",
			coldMillis - floorMillis,
			(_median(coldRuns, Run::rssKilobytes) / 1024) - floorRss,
			_median(restartRuns, Run::healthMillis) - floorMillis,
			(_median(restartRuns, Run::rssKilobytes) / 1024) - floorRss);
		System.out.printf(
			Locale.ROOT,
			"CPU time: the process's own, spawn to first 200 /health. Other processes kept " +
				"busy a median of %.1f cores during the Nastavnik starts (%.1f to %.1f)%n",
			_medianCores(coldRuns, restartRuns), _otherCores(coldRuns, restartRuns, true),
			_otherCores(coldRuns, restartRuns, false));
		System.out.printf(
			"Load average (1, 5, 15 min) at the end: %s; CPUs: %d%n", loadAverage,
			Runtime.getRuntime().availableProcessors());
		System.out.printf(
			"Goal, median cold start (new data dir) to the first answered request under %d " +
				"ms: %s (%.0f ms)%n",
			_GOAL_MILLIS, (coldMillis < _GOAL_MILLIS) ? "holds" : "MISSED", coldMillis);
	}

	private static Path _codeSource(Class<?> clazz) {
		try {
			return Path.of(clazz.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException uriSyntaxException) {
			throw new IllegalStateException(uriSyntaxException);
		}
	}

	private static int _freePort() throws IOException {
		try (ServerSocket serverSocket = new ServerSocket(0)) {
			return serverSocket.getLocalPort();
		}
	}

	private static Path _jar(Path benchClasspath) {
		String property = System.getProperty("nastavnik.jar");

		// target/test-classes -> target/nastavnik.jar
		Path jar = (property != null) ? Path.of(property) :
			benchClasspath.resolveSibling("nastavnik.jar");

		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(
				"No packaged jar at " + jar + ". Build it first: ./mvnw -B -q install " +
					"-DskipTests (or -Dnastavnik.jar=PATH)");
		}

		return jar.toAbsolutePath();
	}

	private static String _loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");

			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ioException) {
			return "unknown (" + ioException + ")";
		}
	}

	/**
	 * @return the user and system CPU ticks of a process, all its threads
	 */
	private static long _processCpuTicks(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));

		// After the command in parentheses: state is field 3, utime 14 and stime 15.
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");

		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/**
	 * @return the busy and all CPU ticks of the machine, summed over its CPUs
	 */
	private static long[] _systemCpuTicks() throws IOException {
		String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
		String[] fields = line.trim().split("\\s+");

		long all = 0;

		for (int i = 1; i < Math.min(fields.length, 9); i++) {
			all += Long.parseLong(fields[i]);
		}

		long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);

		return new long[] {all - idle, all};
	}

	private static double _medianCores(List<Run> coldRuns, List<Run> restartRuns) {
		double[] values = Stream.concat(
			coldRuns.stream(), restartRuns.stream()
		).mapToDouble(
			Run::otherCores
		).sorted(
		).toArray();

		int middle = values.length / 2;

		return ((values.length % 2) == 1) ? values[middle] :
			(values[middle - 1] + values[middle]) / 2;
	}

	private static double _otherCores(
		List<Run> coldRuns, List<Run> restartRuns, boolean min) {

		DoubleSummaryStatistics statistics = Stream.concat(
			coldRuns.stream(), restartRuns.stream()
		).mapToDouble(
			Run::otherCores
		).summaryStatistics();

		return min ? statistics.getMin() : statistics.getMax();
	}

	private static double _median(List<Run> runs, ToLongFunction<Run> measure) {
		long[] values = runs.stream().mapToLong(measure).sorted().toArray();
		int middle = values.length / 2;

		if ((values.length % 2) == 1) {
			return values[middle];
		}

		return (values[middle - 1] + values[middle]) / 2.0;
	}

	private static long _readRssKilobytes(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", ""));
			}
		}

		throw new IOException("No VmRSS in /proc/" + pid + "/status");
	}

	private static void _row(
		String scenario, List<Run> runs, ToLongFunction<Run> measure, boolean rss) {

		long[] values = runs.stream().mapToLong(measure).sorted().toArray();

		System.out.printf(
			Locale.ROOT, "%-50s %4d %7d %7.0f %7d  %-16s %s%n", scenario, values.length,
			values[0], _median(runs, measure), values[values.length - 1],
			rss ? String.format(
				Locale.ROOT, "%.0f", _median(runs, Run::rssKilobytes) / 1024) : "",
			rss ? String.format(Locale.ROOT, "%.0f", _median(runs, Run::cpuMillis)) : "");
	}

	private static String _tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);

			return String.join(
				"\n    ", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException | UncheckedIOException exception) {
			return exception.toString();
		}
	}

	private static void _delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}

		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		}
	}

	private void _deleteWorkDirectory() {
		try {
			_delete(_workDirectory);
		}
		catch (IOException ioException) {
			System.err.println("Could not delete " + _workDirectory + ": " + ioException);
		}
	}

	private Run _floor() throws Exception {
		int port = _freePort();

		return _measure(
			"JVM floor",
			List.of(
				_java.toString(), "-cp", _benchClasspath.toString(),
				JvmFloorServer.class.getName(), String.valueOf(port)),
			URI.create("http://localhost:" + port + "/health"), null);
	}

	/**
	 * Spawns the command, polls the health URI and then the API URI (if any) until each
	 * answers 200, reads the resident set size and stops the process.
	 */
	private Run _measure(String name, List<String> command, URI healthUri, URI apiUri)
		throws Exception {

		Path log = Files.createTempFile(_workDirectory, "process-", ".log");

		ProcessBuilder processBuilder = new ProcessBuilder(
			command
		).redirectErrorStream(
			true
		).redirectOutput(
			log.toFile()
		);

		long[] systemCpuAtStart = _systemCpuTicks();
		long startNanos = System.nanoTime();

		Process process = processBuilder.start();

		try {
			long healthMillis = _poll(name, process, log, healthUri, null, startNanos);

			// What the process and everything else on the machine used until then.
			long processTicks = _processCpuTicks(process.pid());
			long[] systemCpu = _systemCpuTicks();

			long busyTicks = systemCpu[0] - systemCpuAtStart[0];
			double wallTicks = (healthMillis * _TICKS_PER_SECOND) / 1000.0;
			double otherCores = (wallTicks > 0) ?
				Math.max(0, busyTicks - processTicks) / wallTicks : 0;

			OptionalLong apiMillis = OptionalLong.empty();

			if (apiUri != null) {
				apiMillis = OptionalLong.of(
					_poll(name, process, log, apiUri, _CURATOR, startNanos));
			}

			long rssAtNanos = startNanos + TimeUnit.MILLISECONDS.toNanos(_RSS_AFTER_MILLIS);
			long waitNanos = rssAtNanos - System.nanoTime();

			if (waitNanos > 0) {
				TimeUnit.NANOSECONDS.sleep(waitNanos);
			}

			long rssKilobytes = _readRssKilobytes(process.pid());

			process.destroy();

			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException(
					name + " did not stop within 60 s of SIGTERM; its output:\n    " +
						_tail(log));
			}

			Matcher matcher = _READY.matcher(Files.readString(log, StandardCharsets.UTF_8));

			OptionalLong readyLineMillis = matcher.find() ?
				OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();

			return new Run(
				healthMillis, apiMillis, rssKilobytes, readyLineMillis,
				(processTicks * 1000) / _TICKS_PER_SECOND, otherCores);
		}
		finally {
			if (process.isAlive()) {
				process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private Run _nastavnik(Path dataDirectory) throws Exception {
		int port = _freePort();
		URI baseUri = URI.create("http://localhost:" + port + "/");

		return _measure(
			"nastavnik.jar",
			List.of(
				_java.toString(), "-jar", _jar.toString(), "--port", String.valueOf(port),
				"--data", dataDirectory.toString()),
			baseUri.resolve("api/v1/health"), baseUri.resolve("api/v1/mentors"));
	}

	/**
	 * @return the milliseconds from the spawn to the first 200
	 */
	private long _poll(
			String name, Process process, Path log, URI uri, String authorization,
			long startNanos)
		throws Exception {

		HttpRequest.Builder builder = HttpRequest.newBuilder(
			uri
		).timeout(
			Duration.ofSeconds(5)
		).GET();

		if (authorization != null) {
			builder.header("Authorization", authorization);
		}

		HttpRequest httpRequest = builder.build();

		long deadlineNanos = startNanos + TimeUnit.SECONDS.toNanos(_TIMEOUT_SECONDS);
		String lastSeen = "no attempt";

		while (true) {
			long attemptNanos = System.nanoTime();

			try {
				HttpResponse<Void> httpResponse = _httpClient.send(
					httpRequest, HttpResponse.BodyHandlers.discarding());

				if (httpResponse.statusCode() == 200) {
					return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
				}

				lastSeen = "status " + httpResponse.statusCode();
			}
			catch (IOException ioException) {
				lastSeen = ioException.toString();
			}

			if (!process.isAlive()) {
				throw new IllegalStateException(
					name + " exited with " + process.exitValue() + " before GET " + uri +
						" answered 200; its output:\n    " + _tail(log));
			}

			if (System.nanoTime() > deadlineNanos) {
				throw new IllegalStateException(
					"GET " + uri + " did not answer 200 within " + _TIMEOUT_SECONDS +
						" s of the spawn of " + name + " (last: " + lastSeen +
						"); its output:\n    " + _tail(log));
			}

			long sleepNanos =
				(attemptNanos + TimeUnit.MILLISECONDS.toNanos(_POLL_MILLIS)) -
					System.nanoTime();

			if (sleepNanos > 0) {
				TimeUnit.NANOSECONDS.sleep(sleepNanos);
			}
		}
	}

	/**
	 * Loads and compiles this JVM's HTTP client path before the first timed poll, so that
	 * the first run does not pay for it.
	 */
	private void _warmUpHttpClient() throws Exception {
		HttpServer httpServer = HttpServer.create(
			new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);

		httpServer.createContext(
			"/",
			exchange -> {
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});

		httpServer.start();

		try {
			URI uri = URI.create(
				"http://localhost:" + httpServer.getAddress().getPort() + "/warm-up");

			for (int i = 0; i < 200; i++) {
				_httpClient.send(
					HttpRequest.newBuilder(
						uri
					).header(
						"Authorization", _CURATOR
					).build(),
					HttpResponse.BodyHandlers.discarding());
			}

			try {
				_httpClient.send(
					HttpRequest.newBuilder(
						URI.create("http://localhost:" + _freePort() + "/refused")
					).build(),
					HttpResponse.BodyHandlers.discarding());
			}
			catch (IOException ioException) {
				// Expected: nothing listens there.
			}
		}
		finally {
			httpServer.stop(0);
		}
	}

	private static final String _CURATOR = "Basic " + Base64.getEncoder().encodeToString(
		"curator:demo".getBytes(StandardCharsets.UTF_8));

	private static final long _GOAL_MILLIS = 5_000;

	private static final long _POLL_MILLIS = 20;

	private static final Pattern _READY = Pattern.compile(
		"Nastavnik is ready at \\S+ \\(started in (\\d+) ms\\)");

	private static final long _RSS_AFTER_MILLIS = 5_000;

	// USER_HZ, the unit of /proc/stat and /proc/PID/stat: 100 on every Linux in use.
	private static final long _TICKS_PER_SECOND = 100;

	private static final long _TIMEOUT_SECONDS = 120;

	private final Path _benchClasspath;
	private final HttpClient _httpClient;
	private final Path _jar;
	private final Path _java;
	private final int _runs;
	private final Path _workDirectory;

	/**
	 * One spawn: milliseconds from the spawn to the first 200 of the health and the API
	 * request, the resident set size, and what the runtime's ready line said.
	 */
	private record Run(
		long healthMillis, OptionalLong apiMillis, long rssKilobytes,
		OptionalLong readyLineMillis, long cpuMillis, double otherCores) {

		@Override
		public String toString() {
			StringBuilder sb = new StringBuilder();

			sb.append(healthMillis);
			sb.append(" ms");

			apiMillis.ifPresent(millis -> sb.append(", mentors ").append(millis).append(" ms"));
			readyLineMillis.ifPresent(
				millis -> sb.append(" (ready line ").append(millis).append(" ms)"));

			sb.append(", ");
			sb.append(Math.round(rssKilobytes / 1024.0));
			sb.append(" MB, CPU ");
			sb.append(cpuMillis);
			sb.append(" ms, others ");
			sb.append(String.format(Locale.ROOT, "%.1f", otherCores));
			sb.append(" cores");

			return sb.toString();
		}

	}

}
