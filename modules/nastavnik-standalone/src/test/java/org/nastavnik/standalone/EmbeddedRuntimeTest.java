package org.nastavnik.standalone;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRuntimeTest {

	@Test
	void aBundleThatDoesNotResolveIsNamedWithWhatItLacks() throws Exception {
		try (URLClassLoader bundleSource = _bundleSource(
				"org.apache.felix.configadmin.jar", "nastavnik-core.jar")) {

			Settings settings = Settings.of(_temporaryDirectory.resolve("data")).withPort(0);

			assertThatThrownBy(
				() -> EmbeddedRuntime.start(settings, bundleSource)
			).isInstanceOf(
				StartupException.class
			).hasMessageContainingAll(
				"do not resolve", "bundles/nastavnik-core.jar", "org.nastavnik"
			);

			// The framework stopped and let go of its cache: a second try fails the same way.
			assertThatThrownBy(
				() -> EmbeddedRuntime.start(settings, bundleSource)
			).hasMessageContaining(
				"do not resolve"
			);
		}
	}

	@Test
	void aDataDirectoryInUseIsRefused() throws Exception {
		Path dataDirectory = Files.createDirectories(_temporaryDirectory.resolve("data"));

		DataDirectoryLock dataDirectoryLock = DataDirectoryLock.acquire(dataDirectory);

		try {
			assertThatThrownBy(
				() -> EmbeddedRuntime.start(Settings.of(dataDirectory).withPort(0))
			).isInstanceOf(
				StartupException.class
			).hasMessageContaining(
				"Another Nastavnik is using the data directory " + dataDirectory
			);
		}
		finally {
			dataDirectoryLock.close();
		}

		// Released: the lock is taken again at once.
		DataDirectoryLock.acquire(dataDirectory).close();
	}

	/**
	 * Packs some of the real bundles with an index of their own.
	 */
	private URLClassLoader _bundleSource(String... fileNames)
		throws IOException, URISyntaxException {

		Path packed = Path.of(
			getClass().getClassLoader().getResource(BundleIndex.INDEX).toURI()
		).getParent();

		Path bundles = Files.createDirectories(
			_temporaryDirectory.resolve("classes/bundles"));

		for (String fileName : fileNames) {
			Files.copy(packed.resolve(fileName), bundles.resolve(fileName));
		}

		Files.writeString(bundles.resolve("index.txt"), String.join("\n", fileNames));

		return new URLClassLoader(
			new URL[] {_temporaryDirectory.resolve("classes").toUri().toURL()}, null);
	}

	@TempDir
	private Path _temporaryDirectory;

}
