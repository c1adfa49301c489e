package org.nastavnik.liferay.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The jars the test installs: the platform (what the portal runs beside our bundles, copied into
 * {@code target/} by the pom) and ours (listed in the pom's {@code it.bundles}, copied by the pom
 * from this reactor's build).
 *
 * <p>
 * Ours are looked up by coordinates rather than declared as Maven dependencies on purpose: a
 * dependency that is not built yet breaks the build before any test runs, while the test can say
 * exactly which bundle is missing and still check the others when asked to.
 * </p>
 */
public final class BundleSet {

	/**
	 * Reads the settings the pom passes as system properties: where Maven copied the platform
	 * bundles and ours.
	 */
	public static BundleSet fromSystemProperties() {
		Path platformDirectory = Path.of(_required("nastavnik.it.platformDirectory"));
		Path oursDirectory = Path.of(_required("nastavnik.it.oursDirectory"));

		List<String> artifactIds = Arrays.stream(
			_required("nastavnik.it.bundles").split("[\\s,]+")
		).filter(
			artifactId -> !artifactId.isBlank()
		).toList();

		try {
			List<OurBundle> ours = new ArrayList<>();

			for (String artifactId : artifactIds) {
				Path jar = oursDirectory.resolve(artifactId + ".jar");

				if (!Files.isRegularFile(jar)) {
					ours.add(new OurBundle(artifactId, jar, Optional.empty(), null));

					continue;
				}

				ours.add(
					new OurBundle(
						artifactId, jar, Optional.of(jar),
						Files.getLastModifiedTime(jar).toInstant()));
			}

			return new BundleSet(_jars(platformDirectory), List.copyOf(ours));
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	/**
	 * The platform jars in name order; the test resolves them all in one pass, so the order of
	 * installation does not matter.
	 */
	public List<Path> platform() {
		return _platform;
	}

	/**
	 * Ours, in the order of the pom's list (also the start order).
	 */
	public List<OurBundle> ours() {
		return _ours;
	}

	/**
	 * Those of ours that the build did not produce.
	 */
	public List<OurBundle> missing() {
		return _ours.stream(
		).filter(
			ourBundle -> ourBundle.jar().isEmpty()
		).toList();
	}

	/**
	 * One of our bundles: where the pom copies it and, if it did, the jar the test installs.
	 */
	public record OurBundle(
		String artifactId, Path expected, Optional<Path> jar, Instant builtAt) {

		@Override
		public String toString() {
			if (jar.isEmpty()) {
				return "bundle " + artifactId + " not built: no " + expected;
			}

			return artifactId + " (built " + builtAt + ")";
		}

	}

	private static List<Path> _jars(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new IllegalStateException(
				"No platform bundles in " + directory +
					"; run the test through Maven (verify), which copies them");
		}

		try (Stream<Path> paths = Files.list(directory)) {
			return paths.filter(
				path -> path.getFileName(
				).toString(
				).endsWith(
					".jar"
				)
			).sorted(
			).toList();
		}
	}

	private static String _required(String key) {
		String value = System.getProperty(key);

		if ((value == null) || value.isBlank()) {
			throw new IllegalStateException(
				"System property " + key +
					" is not set; run the test through Maven (verify)");
		}

		return value;
	}

	private BundleSet(List<Path> platform, List<OurBundle> ours) {
		_platform = platform;
		_ours = ours;
	}

	private final List<OurBundle> _ours;
	private final List<Path> _platform;

}
