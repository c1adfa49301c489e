package org.nastavnik.liferay.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * An Apache Felix framework in this JVM, set up as strictly as the portal's Equinox: a fresh
 * storage directory, the JRE's packages as the only system packages, no boot delegation beyond
 * {@code java.*}. Whatever else a bundle imports must come from an installed bundle.
 */
public final class OsgiFramework implements AutoCloseable {

	/**
	 * Starts a framework whose storage is the given directory, emptied first.
	 */
	public static OsgiFramework start(Path storage) {
		_delete(storage);

		Map<String, String> properties = new HashMap<>();

		properties.put(Constants.FRAMEWORK_STORAGE, storage.toString());
		properties.put(
			Constants.FRAMEWORK_STORAGE_CLEAN,
			Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);

		// Errors and warnings of the framework and of SCR reach the test output; an activation
		// failure is logged by SCR with its stack trace, which the DTO's failure text lacks.
		properties.put("felix.log.level", "2");
		properties.put("ds.loglevel", "warn");

		Framework framework = ServiceLoader.load(
			FrameworkFactory.class, OsgiFramework.class.getClassLoader()
		).findFirst(
		).orElseThrow(
		).newFramework(
			properties
		);

		try {
			framework.start();
		}
		catch (BundleException bundleException) {
			throw new IllegalStateException(
				"Felix does not start in " + storage, bundleException);
		}

		return new OsgiFramework(framework);
	}

	/**
	 * The system bundle's context: sees every service, registers nothing on behalf of a bundle.
	 */
	public BundleContext context() {
		return _framework.getBundleContext();
	}

	/**
	 * Installs a jar; its location is the file's URI.
	 */
	public Bundle install(Path jar) {
		try (InputStream inputStream = Files.newInputStream(jar)) {
			return context().installBundle(jar.toUri().toString(), inputStream);
		}
		catch (BundleException | IOException exception) {
			throw new IllegalStateException(
				"Cannot install " + jar + ": " + exception.getMessage(), exception);
		}
	}

	/**
	 * Resolves the bundles in one pass, as the portal does at startup.
	 *
	 * @return one entry per bundle that does not resolve, naming every requirement that nothing
	 *         installed provides, the resolved-only-if-other-bundle requirements, and Felix's own
	 *         explanation (which also covers uses-constraint conflicts); empty if all resolved
	 */
	public List<String> resolve(Collection<Bundle> bundles) {
		FrameworkWiring frameworkWiring = _framework.adapt(FrameworkWiring.class);

		if (frameworkWiring.resolveBundles(bundles)) {
			return List.of();
		}

		List<String> problems = new ArrayList<>();

		for (Bundle bundle : bundles) {
			if (bundle.getState() != Bundle.INSTALLED) {
				continue;
			}

			StringBuilder sb = new StringBuilder(name(bundle));

			sb.append(" does not resolve:");

			BundleRevision bundleRevision = bundle.adapt(BundleRevision.class);

			for (BundleRequirement bundleRequirement :
					bundleRevision.getDeclaredRequirements(null)) {

				if (_isOptional(bundleRequirement)) {
					continue;
				}

				Collection<BundleCapability> providers = frameworkWiring.findProviders(
					bundleRequirement);

				if (providers.isEmpty()) {
					sb.append("\n      missing ");
					sb.append(_describe(bundleRequirement));
				}
				else if (providers.stream(
						).allMatch(
							provider -> provider.getRevision(
							).getBundle(
							).getState() == Bundle.INSTALLED
						)) {

					sb.append("\n      only unresolved bundles provide ");
					sb.append(_describe(bundleRequirement));
					sb.append(": ");
					sb.append(
						String.join(
							", ",
							providers.stream(
							).map(
								provider -> provider.getRevision(
								).getSymbolicName()
							).toList()));
				}
			}

			if ((bundleRevision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
				sb.append("\n      (a fragment: its host is missing or does not resolve)");
			}
			else {

				// Starting an unresolved bundle is how Felix explains the failure, including
				// uses-constraint violations, which no single missing requirement shows.
				try {
					bundle.start(Bundle.START_TRANSIENT);
				}
				catch (BundleException bundleException) {
					sb.append("\n      Felix: ");
					sb.append(bundleException.getMessage());
				}
			}

			problems.add(sb.toString());
		}

		return problems;
	}

	/**
	 * Stops the framework and waits for it.
	 */
	@Override
	public void close() {
		try {
			_framework.stop();
			_framework.waitForStop(30_000);
		}
		catch (BundleException bundleException) {
			throw new IllegalStateException(bundleException);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A bundle as reports name it: symbolic name and version.
	 */
	public static String name(Bundle bundle) {
		return bundle.getSymbolicName() + " " + bundle.getVersion();
	}

	private static void _delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}

		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static String _describe(BundleRequirement bundleRequirement) {
		String filter = bundleRequirement.getDirectives(
		).get(
			Namespace.REQUIREMENT_FILTER_DIRECTIVE
		);

		return bundleRequirement.getNamespace() + " " + filter;
	}

	// Optional imports and requirements the resolver does not check (effective:=active, e.g.
	// bnd's osgi.service requirements) never keep a bundle from resolving.
	private static boolean _isOptional(BundleRequirement bundleRequirement) {
		Map<String, String> directives = bundleRequirement.getDirectives();

		if (Namespace.RESOLUTION_OPTIONAL.equals(
				directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE)) ||
			PackageNamespace.RESOLUTION_DYNAMIC.equals(
				directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {

			return true;
		}

		String effective = directives.get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);

		if ((effective != null) && !Namespace.EFFECTIVE_RESOLVE.equals(effective)) {
			return true;
		}

		return false;
	}

	private OsgiFramework(Framework framework) {
		_framework = framework;
	}

	private final Framework _framework;

}
