package org.nastavnik.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleIndexTest {

	@Test
	void theIndexListsEveryPackedBundleOnce() throws Exception {
		List<String> indexed = _indexedFileNames();

		assertThat(indexed).doesNotHaveDuplicates();
		assertThat(indexed).containsExactlyInAnyOrderElementsOf(_packedFileNames());
	}

	@Test
	void configAdminAndTheServiceLoaderMediatorStartBeforeTheBundlesNeedingThem()
		throws Exception {

		List<String> indexed = _indexedFileNames();

		assertThat(indexed.indexOf("org.apache.felix.configadmin.jar")).isLessThan(
			indexed.indexOf("org.apache.felix.scr.jar"));
		assertThat(indexed.indexOf("org.apache.aries.spifly.dynamic.bundle.jar")).isLessThan(
			indexed.indexOf("geronimo-jaxrs_2.1_spec.jar"));
		assertThat(indexed.subList(indexed.size() - 6, indexed.size())).containsExactly(
			"nastavnik-api.jar", "nastavnik-core.jar", "nastavnik-store-jdbc.jar",
			"nastavnik-rest.jar", "nastavnik-ui.jar", "nastavnik-embedded.jar");
	}

	@Test
	void theFingerprintChangesWithTheBundleSet() {
		BundleIndex bundleIndex = BundleIndex.load(getClass().getClassLoader());

		List<BundleIndex.PackedBundle> bundles = bundleIndex.bundles();

		assertThat(bundleIndex.fingerprint()).isEqualTo(
			BundleIndex.load(getClass().getClassLoader()).fingerprint());
		assertThat(bundleIndex.fingerprint()).isNotEqualTo(
			new BundleIndex(bundles.subList(1, bundles.size())).fingerprint());
		assertThat(bundleIndex.fingerprint()).isNotEqualTo(
			new BundleIndex(
				Stream.concat(
					Stream.of(bundles.get(1), bundles.get(0)),
					bundles.stream().skip(2)
				).toList()
			).fingerprint());
	}

	@Test
	void aBundleMarkedAsyncIsToldApartAndAnUnknownMarkIsRefused() throws Exception {
		Path bundles = Files.createDirectories(_classPath.resolve("bundles"));

		Files.write(bundles.resolve("a.jar"), new byte[] {1});
		Files.write(bundles.resolve("b.jar"), new byte[] {2});

		Files.writeString(bundles.resolve("index.txt"), "# comment\na.jar\n\nb.jar   async\n");

		try (URLClassLoader classLoader = _classLoader()) {
			assertThat(
				BundleIndex.load(classLoader).bundles()
			).extracting(
				BundleIndex.PackedBundle::location, BundleIndex.PackedBundle::async
			).containsExactly(
				tuple("bundles/a.jar", false), tuple("bundles/b.jar", true)
			);
		}

		Files.writeString(bundles.resolve("index.txt"), "a.jar later\n");

		try (URLClassLoader classLoader = _classLoader()) {
			assertThatThrownBy(
				() -> BundleIndex.load(classLoader)
			).hasMessageContaining(
				"a.jar later"
			);
		}
	}

	private URLClassLoader _classLoader() throws IOException {
		return new URLClassLoader(new URL[] {_classPath.toUri().toURL()}, null);
	}

	private List<String> _indexedFileNames() {
		return BundleIndex.load(
			getClass().getClassLoader()
		).bundles(
		).stream(
		).map(
			bundle -> bundle.location().substring("bundles/".length())
		).toList();
	}

	private List<String> _packedFileNames() throws IOException, URISyntaxException {
		Path directory = Path.of(
			getClass().getClassLoader().getResource(BundleIndex.INDEX).toURI()
		).getParent();

		try (Stream<Path> files = Files.list(directory)) {
			return files.map(
				file -> file.getFileName().toString()
			).filter(
				fileName -> fileName.endsWith(".jar")
			).toList();
		}
	}

	@TempDir
	private Path _classPath;

}
