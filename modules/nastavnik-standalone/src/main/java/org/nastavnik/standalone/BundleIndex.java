package org.nastavnik.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * The bundles packed into the launcher under {@code bundles/}, in the start order of
 * {@code bundles/index.txt}.
 *
 * @param bundles the packed bundles in start order
 */
public record BundleIndex(List<PackedBundle> bundles) {

	/**
	 * The resource listing the packed bundles: one file name a line, optionally followed by
	 * {@value #ASYNC}; {@code #} starts a comment.
	 */
	public static final String INDEX = "bundles/index.txt";

	/**
	 * Marks a bundle that starts on a thread of its own while the next ones start, because
	 * nothing after it needs it synchronously (services come and go dynamically).
	 */
	public static final String ASYNC = "async";

	/**
	 * Reads the index and finds every bundle it names.
	 *
	 * @throws IllegalStateException if the index or a bundle it names is missing, which
	 *         means a broken build
	 */
	public static BundleIndex load(ClassLoader classLoader) {
		URL index = classLoader.getResource(INDEX);

		if (index == null) {
			throw new IllegalStateException(
				INDEX + " is not on the class path; was the launcher built with Maven?");
		}

		List<PackedBundle> bundles = new ArrayList<>();

		for (String line : _lines(index)) {
			String[] words = line.split("\\s+");

			String fileName = words[0];

			boolean async = (words.length == 2) && words[1].equals(ASYNC);

			if ((words.length > 2) || ((words.length == 2) && !async)) {
				throw new IllegalStateException(INDEX + " has a bad line: " + line);
			}

			String name = "bundles/" + fileName;

			URL url = classLoader.getResource(name);

			if (url == null) {
				throw new IllegalStateException(
					INDEX + " names " + fileName + ", which is not packed");
			}

			bundles.add(new PackedBundle(name, url, async));
		}

		return new BundleIndex(bundles);
	}

	public BundleIndex {
		bundles = List.copyOf(bundles);
	}

	/**
	 * Returns a hash of the bundle set: names, order and contents. A framework cache built
	 * from another bundle set is thrown away.
	 */
	public String fingerprint() {
		try {
			MessageDigest messageDigest = MessageDigest.getInstance("SHA-256");

			for (PackedBundle bundle : bundles) {
				messageDigest.update(
					bundle.location().getBytes(StandardCharsets.UTF_8));
				messageDigest.update(
					ByteBuffer.allocate(
						16
					).putLong(
						bundle.crc()
					).putLong(
						bundle.size()
					).array());
			}

			return HexFormat.of().formatHex(messageDigest.digest());
		}
		catch (NoSuchAlgorithmException noSuchAlgorithmException) {
			throw new IllegalStateException(noSuchAlgorithmException);
		}
	}

	/**
	 * A bundle packed into the launcher.
	 *
	 * @param location the bundle location, e.g. {@code bundles/org.apache.felix.scr.jar}
	 * @param url where to read it from: inside the launcher's jar or in a directory
	 * @param async whether it starts on a thread of its own
	 */
	public record PackedBundle(String location, URL url, boolean async) {

		public PackedBundle {
			Objects.requireNonNull(location, "location");
			Objects.requireNonNull(url, "url");
		}

		/**
		 * Returns the CRC-32 of the bundle's bytes; from the jar's directory when packed in a
		 * jar, so that a restart reads no bundle.
		 */
		public long crc() {
			try {
				URLConnection urlConnection = url.openConnection();

				if (urlConnection instanceof JarURLConnection jarURLConnection) {
					JarEntry jarEntry = jarURLConnection.getJarEntry();

					if (jarEntry.getCrc() != -1) {
						return jarEntry.getCrc();
					}
				}

				try (InputStream inputStream = urlConnection.getInputStream()) {
					CRC32 crc32 = new CRC32();
					byte[] buffer = new byte[65536];

					for (int read; (read = inputStream.read(buffer)) != -1;) {
						crc32.update(buffer, 0, read);
					}

					return crc32.getValue();
				}
			}
			catch (IOException ioException) {
				throw new UncheckedIOException(ioException);
			}
		}

		/**
		 * Opens the bundle's bytes.
		 */
		public InputStream open() throws IOException {
			return url.openStream();
		}

		/**
		 * Returns the number of bytes, or -1 if unknown.
		 */
		public long size() {
			try {
				return url.openConnection().getContentLengthLong();
			}
			catch (IOException ioException) {
				throw new UncheckedIOException(ioException);
			}
		}

	}

	private static List<String> _lines(URL index) {
		List<String> lines = new ArrayList<>();

		try (BufferedReader bufferedReader = new BufferedReader(
				new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {

			for (String line; (line = bufferedReader.readLine()) != null;) {
				line = line.strip();

				if (!line.isEmpty() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		return lines;
	}

}
