package org.nastavnik.liferay.integration.internal.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

/**
 * The manifest bnd wrote into target/classes (process-classes runs before the tests): what the
 * portal resolves and which extenders pick the bundle up.
 */
class ManifestTest {

	@Test
	void importsLiferayWithRangesExportsNothingAndIsALiferayServiceBundle() throws Exception {
		Path path = Path.of(
			System.getProperty("basedir", "."), "target/classes/META-INF/MANIFEST.MF");

		Manifest manifest;

		try (InputStream inputStream = Files.newInputStream(path)) {
			manifest = new Manifest(inputStream);
		}

		Attributes attributes = manifest.getMainAttributes();

		assertThat(
			attributes.getValue("Bundle-SymbolicName")
		).isEqualTo(
			"org.nastavnik.liferay.integration"
		);
		assertThat(attributes.getValue("Export-Package")).isNull();
		assertThat(attributes.getValue("Liferay-Service")).isEqualTo("true");

		String importPackage = attributes.getValue("Import-Package");

		// Every package clause is "name;version=..." except the last, so split on commas outside quotes

		for (String clause : importPackage.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
			if (clause.startsWith("com.liferay.")) {
				assertThat(clause).as(clause).matches("[\\w.]+;version=\"\\[[\\d.]+,\\d+\\)\"");
			}
		}

		assertThat(importPackage).contains("com.liferay.portal.kernel.service;version=\"[30.0,31)\"");
		assertThat(
			attributes.getValue("Require-Capability")
		).contains(
			"(osgi.extender=osgi.component)(version>=1.4.0)(!(version>=2.0.0))"
		).doesNotContain(
			"version>=1.5"
		);
	}

}
