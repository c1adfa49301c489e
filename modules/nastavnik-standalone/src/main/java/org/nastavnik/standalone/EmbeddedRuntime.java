package org.nastavnik.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Starts Nastavnik in an Apache Felix framework inside this JVM, with the bundles packed
 * into the launcher.
 *
 * <p>
 * The framework cache lives in the data directory and is reused by the next start as long
 * as the launcher packs the same bundles. Bundles are started transiently, so that every
 * start runs the same sequence: install what the cache lacks, resolve everything in one
 * pass, start ConfigAdmin and hand it the configuration, start the rest, wait for
 * {@code GET /api/v1/health}.
 * </p>
 */
public final class EmbeddedRuntime {

	/**
	 * How long the health resource may take to answer 200 once every bundle has started.
	 */
	public static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Starts the runtime and returns once {@code GET /api/v1/health} answers 200.
	 *
	 * @throws StartupException if a bundle does not resolve or start, or the health
	 *         resource does not answer in time; the framework is stopped again
	 */
	public static RunningRuntime start(Settings settings) throws StartupException {
		return start(settings, EmbeddedRuntime.class.getClassLoader());
	}

	/**
	 * Starts the runtime with the bundles that another class loader packs.
	 */
	static RunningRuntime start(Settings settings, ClassLoader bundleSource)
		throws StartupException {

		long startNanos = System.nanoTime();

		BundleIndex bundleIndex = BundleIndex.load(bundleSource);

		Path dataDirectory = settings.dataDirectory();

		try {
			Files.createDirectories(dataDirectory);
		}
		catch (IOException ioException) {
			throw new StartupException(
				"Cannot create the data directory " + dataDirectory + ": " +
					ioException,
				ioException);
		}

		DataDirectoryLock dataDirectoryLock = DataDirectoryLock.acquire(dataDirectory);

		try {
			return _start(settings, bundleIndex, dataDirectoryLock, startNanos);
		}
		catch (StartupException | RuntimeException exception) {
			dataDirectoryLock.close();

			throw exception;
		}
	}

	private static RunningRuntime _start(
			Settings settings, BundleIndex bundleIndex,
			DataDirectoryLock dataDirectoryLock, long startNanos)
		throws StartupException {

		Path dataDirectory = settings.dataDirectory();

		boolean demoMode = _isNewDatabase(settings);
		int port = (settings.port() == 0) ? _freePort() : _freePort(settings.port());

		FrameworkCache frameworkCache = new FrameworkCache(
			dataDirectory.resolve("felix-cache"));

		String fingerprint = bundleIndex.fingerprint();

		boolean reuseCache = frameworkCache.holds(fingerprint);

		_configureLogging(settings.logLevel());

		Framework framework = ServiceLoader.load(
			FrameworkFactory.class, EmbeddedRuntime.class.getClassLoader()
		).findFirst(
		).orElseThrow(
		).newFramework(
			_frameworkProperties(settings, port, frameworkCache, reuseCache)
		);

		try {
			_startFramework(framework, dataDirectory);

			Map<Bundle, BundleIndex.PackedBundle> bundles = _install(
				framework.getBundleContext(), bundleIndex);

			if (!reuseCache) {
				frameworkCache.remember(fingerprint);
			}

			_resolve(framework, bundles.keySet());

			_configure(
				framework.getBundleContext(), bundles.keySet(),
				Configurations.of(settings, demoMode));

			_start(bundles);

			URI baseUri = URI.create("http://localhost:" + port + "/");

			_awaitHealth(framework, bundles.keySet(), baseUri.resolve("api/v1/health"));

			return new RunningRuntime(
				framework, dataDirectoryLock, baseUri, demoMode,
				Duration.ofNanos(System.nanoTime() - startNanos));
		}
		catch (StartupException startupException) {
			_stop(framework);

			throw startupException;
		}
		catch (InterruptedException interruptedException) {
			_stop(framework);

			Thread.currentThread().interrupt();

			throw new StartupException("Interrupted while starting");
		}
		catch (IOException | RuntimeException exception) {
			_stop(framework);

			throw new StartupException(exception.toString(), exception);
		}
	}

	private static void _awaitHealth(
			Framework framework, Collection<Bundle> bundles, URI healthUri)
		throws InterruptedException, StartupException {

		HealthProbe healthProbe = new HealthProbe(healthUri);

		Optional<String> problem = healthProbe.await(
			HEALTH_TIMEOUT, () -> framework.getState() == Bundle.ACTIVE);

		if (problem.isEmpty()) {
			return;
		}

		StringBuilder sb = new StringBuilder();

		sb.append("GET ");
		sb.append(healthUri);
		sb.append(" did not answer 200 within ");
		sb.append(HEALTH_TIMEOUT.toSeconds());
		sb.append(" s; the last attempt saw: ");
		sb.append(problem.get());

		for (Bundle bundle : bundles) {
			if (!_isFragment(bundle) && (bundle.getState() != Bundle.ACTIVE)) {
				sb.append("\n  not active: ");
				sb.append(_name(bundle));
			}
		}

		throw new StartupException(sb.toString());
	}

	private static void _configure(
			BundleContext bundleContext, Collection<Bundle> bundles,
			Configurations configurations)
		throws IOException, StartupException {

		Bundle configAdminBundle = bundles.stream(
		).filter(
			bundle -> _CONFIG_ADMIN.equals(bundle.getSymbolicName())
		).findFirst(
		).orElseThrow(
			() -> new StartupException(_CONFIG_ADMIN + " is not packed")
		);

		Optional<String> problem = _start(configAdminBundle);

		if (problem.isPresent()) {
			throw new StartupException(problem.get());
		}

		ServiceReference<ConfigurationAdmin> serviceReference =
			bundleContext.getServiceReference(ConfigurationAdmin.class);

		if (serviceReference == null) {
			throw new StartupException(
				_CONFIG_ADMIN + " started without registering ConfigurationAdmin");
		}

		try {
			configurations.applyTo(bundleContext.getService(serviceReference));
		}
		finally {
			bundleContext.ungetService(serviceReference);
		}
	}

	// The launcher's log level is the JVM's: CXF logs to java.util.logging, slf4j-simple reads
	// system properties.
	private static void _configureLogging(LogLevel logLevel) {
		System.setProperty(
			"org.slf4j.simpleLogger.defaultLogLevel", logLevel.slf4jLevel());

		Logger rootLogger = Logger.getLogger("");

		rootLogger.setLevel(logLevel.julLevel());

		for (Handler handler : rootLogger.getHandlers()) {
			handler.setLevel(logLevel.julLevel());
		}
	}

	private static Map<String, String> _frameworkProperties(
		Settings settings, int port, FrameworkCache frameworkCache,
		boolean reuseCache) {

		Map<String, String> properties = new HashMap<>();

		properties.put(
			Constants.FRAMEWORK_STORAGE, frameworkCache.directory().toString());
		properties.put(
			Constants.FRAMEWORK_STORAGE_CLEAN,
			reuseCache ? "none" : Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);

		// The launcher hands configurations to the bundles through the same API classes.
		properties.put(
			Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
			"org.osgi.service.cm;version=" + _CM_PACKAGE_VERSION);

		properties.put(
			"felix.log.level", String.valueOf(settings.logLevel().felixLevel()));
		properties.put("ds.loglevel", settings.logLevel().slf4jLevel());

		// Felix HTTP logs to java.util.logging like CXF, so one level quiets both.
		properties.put("org.apache.felix.http.log.jul", "true");
		properties.put("org.osgi.service.http.port", String.valueOf(port));
		properties.put("org.apache.felix.http.jetty.sendServerHeader", "false");

		// Else CXF registers its own servlet at / and named JAX-RS applications answer 404.
		properties.put("org.apache.cxf.osgi.http.transport.disable", "true");

		return properties;
	}

	// Jetty only logs a port it cannot bind, and the health check could reach whoever
	// holds it, so the launcher tries first.
	private static int _freePort(int port) throws StartupException {
		try (ServerSocket serverSocket = new ServerSocket(port)) {
			return serverSocket.getLocalPort();
		}
		catch (IOException ioException) {
			throw new StartupException(
				"Port " + port + " is in use (" + ioException.getMessage() +
					"); choose another with --port",
				ioException);
		}
	}

	private static int _freePort() throws StartupException {
		try (ServerSocket serverSocket = new ServerSocket(0)) {
			return serverSocket.getLocalPort();
		}
		catch (IOException ioException) {
			throw new StartupException(
				"Cannot find a free port: " + ioException, ioException);
		}
	}

	/**
	 * Installs what the framework cache lacks.
	 *
	 * @return every packed bundle, in start order
	 */
	private static Map<Bundle, BundleIndex.PackedBundle> _install(
			BundleContext bundleContext, BundleIndex bundleIndex)
		throws IOException, StartupException {

		Map<Bundle, BundleIndex.PackedBundle> bundles = new LinkedHashMap<>();

		for (BundleIndex.PackedBundle packedBundle : bundleIndex.bundles()) {
			Bundle bundle = bundleContext.getBundle(packedBundle.location());

			if (bundle == null) {
				try (InputStream inputStream = packedBundle.open()) {
					bundle = bundleContext.installBundle(
						packedBundle.location(), inputStream);
				}
				catch (BundleException bundleException) {
					throw new StartupException(
						"Cannot install " + packedBundle.location() + ": " +
							bundleException.getMessage(),
						bundleException);
				}
			}

			bundles.put(bundle, packedBundle);
		}

		return bundles;
	}

	private static boolean _isFragment(Bundle bundle) {
		BundleRevision bundleRevision = bundle.adapt(BundleRevision.class);

		if ((bundleRevision != null) &&
			((bundleRevision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0)) {

			return true;
		}

		return false;
	}

	// Demo data only ever goes into the H2 file the launcher owns, never into a database
	// given by URL, which may hold real data.
	private static boolean _isNewDatabase(Settings settings) {
		if (settings.jdbc().isPresent()) {
			return false;
		}

		Path database = settings.defaultDatabase();

		return !Files.exists(
			database.resolveSibling(database.getFileName() + ".mv.db"));
	}

	private static String _name(Bundle bundle) {
		return bundle.getSymbolicName() + " " + bundle.getVersion() + " (" +
			bundle.getLocation() + ")";
	}

	private static void _resolve(Framework framework, Collection<Bundle> bundles)
		throws StartupException {

		FrameworkWiring frameworkWiring = framework.adapt(FrameworkWiring.class);

		if (frameworkWiring.resolveBundles(bundles)) {
			return;
		}

		StringBuilder sb = new StringBuilder("Some bundles do not resolve:");

		for (Bundle bundle : bundles) {
			if (bundle.getState() != Bundle.INSTALLED) {
				continue;
			}

			sb.append("\n  ");
			sb.append(_name(bundle));

			if (_isFragment(bundle)) {
				sb.append(": its host is missing");

				continue;
			}

			// Starting an unresolved bundle is how Felix tells what it lacks.
			try {
				bundle.start(Bundle.START_TRANSIENT);
			}
			catch (BundleException bundleException) {
				sb.append(": ");
				sb.append(bundleException.getMessage());
			}
		}

		throw new StartupException(sb.toString());
	}

	private static Optional<String> _start(Bundle bundle) {
		if (_isFragment(bundle) || (bundle.getState() == Bundle.ACTIVE)) {
			return Optional.empty();
		}

		try {

			// Transient: the next start applies the configuration before anything runs.
			bundle.start(Bundle.START_TRANSIENT);

			return Optional.empty();
		}
		catch (BundleException bundleException) {
			Throwable cause = bundleException.getCause();

			return Optional.of(
				_name(bundle) + ": " + bundleException.getMessage() +
					((cause == null) ? "" : " " + cause));
		}
	}

	/**
	 * Starts the bundles in order, those marked async on threads of their own, and waits
	 * until all have started.
	 */
	private static void _start(Map<Bundle, BundleIndex.PackedBundle> bundles)
		throws InterruptedException, StartupException {

		ExecutorService executorService = Executors.newCachedThreadPool();

		try {
			List<Future<Optional<String>>> starts = new ArrayList<>();

			for (Map.Entry<Bundle, BundleIndex.PackedBundle> entry : bundles.entrySet()) {
				Bundle bundle = entry.getKey();

				if (entry.getValue().async()) {
					starts.add(executorService.submit(() -> _start(bundle)));
				}
				else {
					starts.add(CompletableFuture.completedFuture(_start(bundle)));
				}
			}

			List<String> problems = new ArrayList<>();

			for (Future<Optional<String>> start : starts) {
				start.get().ifPresent(problems::add);
			}

			if (!problems.isEmpty()) {
				throw new StartupException(
					"Some bundles do not start:\n  " + String.join("\n  ", problems));
			}
		}
		catch (ExecutionException executionException) {
			throw new StartupException(
				executionException.getCause().toString(), executionException.getCause());
		}
		finally {
			executorService.shutdown();
		}
	}

	private static void _startFramework(Framework framework, Path dataDirectory)
		throws StartupException {

		try {
			framework.start();
		}
		catch (BundleException bundleException) {
			throw new StartupException(
				"The OSGi framework does not start in " + dataDirectory + ": " +
					bundleException.getMessage(),
				bundleException);
		}
	}

	private static void _stop(Framework framework) {
		try {
			framework.stop();
			framework.waitForStop(30_000);
		}
		catch (BundleException bundleException) {

			// Already failing; the reason to report is the one being thrown.

		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();
		}
	}

	private EmbeddedRuntime() {
	}

	// Package version of org.osgi.service.cm in the jar the pom puts on the class path.
	private static final String _CM_PACKAGE_VERSION = "1.6.1";

	private static final String _CONFIG_ADMIN = "org.apache.felix.configadmin";

}
