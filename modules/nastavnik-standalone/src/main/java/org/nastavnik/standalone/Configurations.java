package org.nastavnik.standalone;

import java.io.IOException;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The configurations the launcher gives the bundles, by PID.
 *
 * @param byPid the properties of each configuration
 */
record Configurations(Map<String, Map<String, Object>> byPid) {

	static final String DEMO_PID = "org.nastavnik.embedded.demo";

	static final String DIRECTORY_PID = "org.nastavnik.embedded.directory";

	static final String STORE_PID = "org.nastavnik.store.jdbc";

	static final String WHITEBOARD_PID = "org.apache.aries.jax.rs.whiteboard.default";

	/**
	 * Returns the configurations for these settings.
	 *
	 * @param demo whether to fill a new database with demo data
	 */
	static Configurations of(Settings settings, boolean demo) {
		Map<String, Object> store = new HashMap<>();

		store.put("url", settings.jdbcUrl());

		settings.jdbc(
		).ifPresent(
			jdbc -> {
				jdbc.user().ifPresent(user -> store.put("user", user));
				jdbc.password().ifPresent(password -> store.put("password", password));
			}
		);

		Map<String, Object> directory = new HashMap<>();

		settings.directoryFile(
		).ifPresent(
			file -> directory.put("file", file.toString())
		);

		return new Configurations(
			Map.of(
				STORE_PID, store, DIRECTORY_PID, directory, DEMO_PID,
				Map.of("enabled", demo), WHITEBOARD_PID, _WHITEBOARD));
	}

	Configurations {
		Map<String, Map<String, Object>> copy = new HashMap<>();

		byPid.forEach((pid, properties) -> copy.put(pid, Map.copyOf(properties)));

		byPid = Map.copyOf(copy);
	}

	/**
	 * Creates or updates the configurations; leaves those that are already as wanted
	 * alone, so that a restart does not reactivate the components bound to them.
	 */
	void applyTo(ConfigurationAdmin configurationAdmin) throws IOException {
		for (Map.Entry<String, Map<String, Object>> entry : byPid.entrySet()) {
			Configuration configuration = configurationAdmin.getConfiguration(
				entry.getKey(), _ANY_BUNDLE);

			Map<String, Object> wanted = entry.getValue();

			if (!wanted.equals(_ownProperties(configuration.getProperties()))) {
				configuration.update(new Hashtable<>(wanted));
			}
		}
	}

	private static Map<String, Object> _ownProperties(
		Dictionary<String, Object> properties) {

		if (properties == null) {
			return null;
		}

		Map<String, Object> map = new HashMap<>();

		for (String key : Collections.list(properties.keys())) {
			if (!_FRAMEWORK_KEYS.contains(key)) {
				map.put(key, properties.get(key));
			}
		}

		return map;
	}

	/**
	 * JAX-RS applications join the default HTTP context, where the sign-in filter and the
	 * pages are, instead of a context of their own; the default application moves out of
	 * the way of the app page at {@code /}.
	 */
	private static final Map<String, Object> _WHITEBOARD = Map.of(
		"default.application.base", "/api/.default",
		"osgi.http.whiteboard.context.select",
		"(osgi.http.whiteboard.context.name=default)");

	// A multi-location: whichever bundle asks for the PID may bind to it.
	private static final String _ANY_BUNDLE = "?";

	private static final Set<String> _FRAMEWORK_KEYS = Set.of(
		"service.bundleLocation", "service.factoryPid", "service.pid");

}
