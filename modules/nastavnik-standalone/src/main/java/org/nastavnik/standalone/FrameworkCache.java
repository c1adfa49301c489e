package org.nastavnik.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The framework's storage in the data directory, kept across restarts so that a restart
 * installs no bundle, and thrown away when the launcher packs another bundle set.
 *
 * @param directory the framework storage, {@code DIR/felix-cache}
 */
public record FrameworkCache(Path directory) {

	/**
	 * Tells whether the cache was built from the bundle set with this fingerprint.
	 */
	public boolean holds(String fingerprint) {
		Path fingerprintFile = _fingerprintFile();

		try {
			return Files.isDirectory(directory) &&
				   Files.isRegularFile(fingerprintFile) &&
				   fingerprint.equals(
					   Files.readString(
						   fingerprintFile, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException ioException) {
			return false;
		}
	}

	/**
	 * Records that the cache now holds the bundle set with this fingerprint.
	 */
	public void remember(String fingerprint) {
		try {
			Files.writeString(
				_fingerprintFile(), fingerprint + "\n", StandardCharsets.US_ASCII);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	// Beside the cache, not in it: Felix empties the cache directory when it cleans it.
	private Path _fingerprintFile() {
		return directory.resolveSibling(directory.getFileName() + ".fingerprint");
	}

}
