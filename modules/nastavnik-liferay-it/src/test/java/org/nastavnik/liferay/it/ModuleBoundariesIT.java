package org.nastavnik.liferay.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rules of ARCHITECTURE.md that a manifest shows: only {@code liferay-*} bundles import
 * {@code com.liferay}, and do so with version ranges; the core imports nothing but our API;
 * nothing of the portal bundles is exported.
 */
class ModuleBoundariesIT {

	@Test
	void onlyTheLiferayBundlesImportLiferay() throws IOException {
		for (String neutral : List.of(
				"nastavnik-api", "nastavnik-core", "nastavnik-rest", "nastavnik-ui")) {

			assertThat(
				_imports(neutral).keySet()
			).as(
				neutral
			).noneMatch(
				packageName -> packageName.startsWith("com.liferay")
			);
		}
	}

	@Test
	void theCoreImportsOnlyTheApi() throws IOException {
		assertThat(
			_imports("nastavnik-core").keySet()
		).isNotEmpty(
		).allMatch(
			packageName -> packageName.startsWith("org.nastavnik.")
		);
	}

	@Test
	void theLiferayBundlesImportThePortalWithVersionRangesAndExportNothing() throws IOException {
		for (String portal : List.of(
				"nastavnik-liferay-service", "nastavnik-liferay-integration",
				"nastavnik-liferay-web")) {

			Map<String, String> imports = _imports(portal);

			assertThat(
				imports.keySet()
			).as(
				portal
			).anyMatch(
				packageName -> packageName.startsWith("com.liferay.portal.kernel")
			);

			imports.forEach(
				(packageName, attributes) -> {
					if (packageName.startsWith("com.liferay")) {
						assertThat(
							attributes
						).as(
							portal + " imports " + packageName
						).matches(
							".*version=\"[\\[(][^\"]+,[^\"]+[\\])]\".*"
						);
					}
				});

			assertThat(_header(portal, "Export-Package")).as(portal).isEmpty();
		}
	}

	private static String _header(String artifactId, String name) throws IOException {
		Path jar = Path.of(
			System.getProperty("nastavnik.it.oursDirectory"), artifactId + ".jar");

		try (JarFile jarFile = new JarFile(jar.toFile())) {
			String value = jarFile.getManifest().getMainAttributes().getValue(name);

			return (value == null) ? "" : value;
		}
	}

	// Import-Package as package name → its attributes, splitting on commas outside quotes.
	private static Map<String, String> _imports(String artifactId) throws IOException {
		List<String> clauses = new ArrayList<>();
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;

		for (char c : _header(artifactId, "Import-Package").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}

			if ((c == ',') && !quoted) {
				clauses.add(clause.toString());
				clause.setLength(0);
			}
			else {
				clause.append(c);
			}
		}

		if (clause.length() > 0) {
			clauses.add(clause.toString());
		}

		return clauses.stream(
		).flatMap(
			text -> {
				int semicolon = text.indexOf(';');

				return Stream.of(
					(semicolon < 0) ? Map.entry(text.strip(), "") :
						Map.entry(
							text.substring(0, semicolon).strip(),
							text.substring(semicolon + 1)));
			}
		).collect(
			Collectors.toMap(
				Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a)
		);
	}

}
