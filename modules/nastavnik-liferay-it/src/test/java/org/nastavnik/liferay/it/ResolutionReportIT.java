package org.nastavnik.liferay.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import org.nastavnik.liferay.it.support.BundleSet;
import org.nastavnik.liferay.it.support.OsgiFramework;

import org.osgi.framework.Bundle;

/**
 * The resolution check of {@link PortalBundlesIT} can fail, and says why: bundles made on the fly
 * that the portal could not resolve are reported with the requirement nothing provides.
 */
class ResolutionReportIT {

	@Test
	void aBundleImportingAPackageNobodyExportsIsReportedWithThatImport() throws IOException {
		List<String> problems = _resolveWithThePlatform(
			"it.impossible.import", "Import-Package",
			"org.nastavnik.nowhere;version=\"[9.0,10)\"");

		assertThat(
			problems
		).singleElement(
		).asString(
		).contains(
			"it.impossible.import", "does not resolve",
			"missing osgi.wiring.package (&(osgi.wiring.package=org.nastavnik.nowhere)" +
				"(version>=9.0.0)(!(version>=10.0.0)))"
		);
	}

	@Test
	void aBundleWhoseComponentsNeedDeclarativeServices15IsReportedAsThePortalWouldFailIt()
		throws IOException {

		// GA112 runs Felix SCR 2.1 (DS 1.4); bnd writes this for DS 1.5 annotations.
		List<String> problems = _resolveWithThePlatform(
			"it.ds15", "Require-Capability",
			"osgi.extender;filter:=\"(&(osgi.extender=osgi.component)" +
				"(version>=1.5.0)(!(version>=2.0.0)))\"");

		assertThat(
			problems
		).singleElement(
		).asString(
		).contains(
			"it.ds15", "missing osgi.extender",
			"(osgi.extender=osgi.component)(version>=1.5.0)"
		);
	}

	@Test
	void aPortletBundleImportingPortlet3ByVersionIsReported() throws IOException {

		// The portal exports javax.portlet 2.0 (with the JavaPortlet 3 contract), so a version
		// range from the Portlet 3 API jar fails there.
		List<String> problems = _resolveWithThePlatform(
			"it.portlet3", "Import-Package", "javax.portlet;version=\"[3.0,4)\"");

		assertThat(
			problems
		).singleElement(
		).asString(
		).contains(
			"it.portlet3", "missing osgi.wiring.package (&(osgi.wiring.package=javax.portlet)"
		);
	}

	private static byte[] _bundle(String symbolicName, String header, String value)
		throws IOException {

		Manifest manifest = new Manifest();

		Attributes attributes = manifest.getMainAttributes();

		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", symbolicName);
		attributes.putValue("Bundle-Version", "1.0.0");
		attributes.putValue(header, value);

		ByteArrayOutputStream byteArrayOutputStream = new ByteArrayOutputStream();

		try (OutputStream outputStream = new JarOutputStream(
				byteArrayOutputStream, manifest)) {
		}

		return byteArrayOutputStream.toByteArray();
	}

	// The real platform, portal stand-in included, so that only the made-up bundle can fail.
	private static List<String> _resolveWithThePlatform(
			String symbolicName, String header, String value)
		throws IOException {

		Path workDirectory = Path.of(
			System.getProperty("nastavnik.it.workDirectory")
		).resolve(
			"resolution-report"
		);

		Path jar = workDirectory.resolve(symbolicName + ".jar");

		Files.createDirectories(workDirectory);
		Files.write(jar, _bundle(symbolicName, header, value));

		try (OsgiFramework framework = OsgiFramework.start(
				workDirectory.resolve("felix-" + symbolicName))) {

			List<Bundle> bundles = new ArrayList<>();

			for (Path platformJar : BundleSet.fromSystemProperties().platform()) {
				bundles.add(framework.install(platformJar));
			}

			bundles.add(framework.install(jar));

			return framework.resolve(bundles);
		}
	}

}
