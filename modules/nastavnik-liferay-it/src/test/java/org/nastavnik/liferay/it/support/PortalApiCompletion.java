package org.nastavnik.liferay.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A fragment of the portal stand-in that adds back what bnd left out of it when it re-packed
 * {@code release.portal.api}: resources such as {@code META-INF/services/*} and the packages it
 * does not export ({@code *.internal.*}, e.g. Jackson's
 * {@code com.fasterxml.jackson.databind.util.internal}).
 *
 * <p>
 * In the portal those are on the class path of portal-kernel and of the Jackson bundles. Without
 * them every Service Builder table fails ({@code BaseTable} finds its {@code ColumnFactory}
 * through {@code ServiceLoader}) and Jackson's {@code JsonMapper} cannot initialize, which would
 * be failures of the stand-in, not of our bundles. The fragment exports nothing, so it changes
 * no wiring; once {@code liferay-portal-api-bundle} carries these itself, it adds nothing.
 * </p>
 */
public final class PortalApiCompletion {

	/**
	 * Writes the fragment: every entry of the API jar that the stand-in lacks.
	 *
	 * @return the fragment jar
	 */
	public static Path write(Path portalApiJar, Path standInJar, Path fragmentJar) {
		Manifest manifest = new Manifest();

		Attributes attributes = manifest.getMainAttributes();

		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-ManifestVersion", "2");
		attributes.putValue("Bundle-SymbolicName", "liferay.portal.api.ga112.completion");
		attributes.putValue("Bundle-Version", "7.4.3.112");
		attributes.putValue("Fragment-Host", "liferay.portal.api.ga112");

		try (JarFile standIn = new JarFile(standInJar.toFile());
			JarFile portalApi = new JarFile(portalApiJar.toFile())) {

			Set<String> present = new HashSet<>();

			for (Enumeration<JarEntry> entries = standIn.entries();
				 entries.hasMoreElements();) {

				present.add(entries.nextElement().getName());
			}

			Files.createDirectories(fragmentJar.getParent());

			try (JarOutputStream jarOutputStream = new JarOutputStream(
					Files.newOutputStream(fragmentJar), manifest)) {

				for (Enumeration<JarEntry> entries = portalApi.entries();
					 entries.hasMoreElements();) {

					JarEntry jarEntry = entries.nextElement();

					String name = jarEntry.getName();

					// The fat API jar repeats some entries (Maven metadata); the first one wins.
					if (jarEntry.isDirectory() || !present.add(name) ||
						name.equals(JarFile.MANIFEST_NAME)) {

						continue;
					}

					jarOutputStream.putNextEntry(new JarEntry(name));

					try (var inputStream = portalApi.getInputStream(jarEntry)) {
						inputStream.transferTo(jarOutputStream);
					}

					jarOutputStream.closeEntry();
				}
			}

			return fragmentJar;
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private PortalApiCompletion() {
	}

}
