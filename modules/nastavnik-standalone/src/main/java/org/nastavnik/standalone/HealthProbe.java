package org.nastavnik.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Asks {@code GET /api/v1/health} until it answers 200. Plain HttpURLConnection: the
 * HTTP client of java.net.http would cost more start-up time than the whole probe.
 */
final class HealthProbe {

	HealthProbe(URI healthUri) {
		_healthUri = healthUri;
	}

	/**
	 * Waits until the health resource answers 200.
	 *
	 * @param timeout how long to wait at most
	 * @param starting false when waiting makes no sense any more (the framework stopped)
	 * @return empty when healthy, else what the last attempt saw
	 */
	Optional<String> await(Duration timeout, BooleanSupplier starting)
		throws InterruptedException {

		long deadline = System.nanoTime() + timeout.toNanos();

		Optional<String> problem = Optional.of("no answer");

		while (System.nanoTime() < deadline) {
			if (!starting.getAsBoolean()) {
				return Optional.of("the framework stopped");
			}

			problem = _ask();

			if (problem.isEmpty()) {
				return problem;
			}

			Thread.sleep(_PAUSE_MILLIS);
		}

		return problem;
	}

	private Optional<String> _ask() {
		try {
			HttpURLConnection httpURLConnection =
				(HttpURLConnection)_healthUri.toURL().openConnection();

			httpURLConnection.setConnectTimeout(1000);
			httpURLConnection.setReadTimeout(5000);
			httpURLConnection.setUseCaches(false);

			int status = httpURLConnection.getResponseCode();

			// Drained, so that the next attempt reuses the connection.
			try (InputStream inputStream = (status < 400) ?
					httpURLConnection.getInputStream() :
						httpURLConnection.getErrorStream()) {

				if (inputStream != null) {
					inputStream.transferTo(OutputStream.nullOutputStream());
				}
			}

			if (status == HttpURLConnection.HTTP_OK) {
				return Optional.empty();
			}

			return Optional.of("HTTP " + status);
		}
		catch (IOException ioException) {
			return Optional.of(ioException.toString());
		}
	}

	private static final long _PAUSE_MILLIS = 25;

	private final URI _healthUri;

}
