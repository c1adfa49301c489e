package org.nastavnik.standalone.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The REST API as one person sees it over HTTP Basic, for what the browser tests set up or check
 * behind the browser's back (who is unpaired, a mentee's answer).
 */
final class BasicApi {

	static BasicApi as(URI baseUri, String screenName, String password) {
		return new BasicApi(baseUri, screenName, password);
	}

	JsonNode get(String path) {
		return _send("GET", path, null);
	}

	JsonNode post(String path, Object body) {
		try {
			return _send("POST", path, _objectMapper.writeValueAsString(body));
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private BasicApi(URI baseUri, String screenName, String password) {
		_baseUri = baseUri;
		_authorization = "Basic " + Base64.getEncoder().encodeToString(
			(screenName + ":" + password).getBytes(StandardCharsets.UTF_8));
		_screenName = screenName;
	}

	private JsonNode _send(String method, String path, String json) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(
			_baseUri.resolve("/api/v1" + path)
		).timeout(
			Duration.ofSeconds(30)
		).header(
			"Authorization", _authorization
		).method(
			method,
			(json == null) ? HttpRequest.BodyPublishers.noBody() :
				HttpRequest.BodyPublishers.ofString(json)
		);

		if (json != null) {
			builder.header("Content-Type", "application/json");
		}

		try {
			HttpResponse<String> response = _httpClient.send(
				builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

			if ((response.statusCode() / 100) != 2) {
				throw new AssertionError(
					method + " " + path + " as " + _screenName + ": " + response.statusCode() +
						" " + response.body());
			}

			return _objectMapper.readTree(response.body());
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();

			throw new IllegalStateException(interruptedException);
		}
	}

	private static final HttpClient _httpClient = HttpClient.newBuilder(
	).connectTimeout(
		Duration.ofSeconds(5)
	).version(
		HttpClient.Version.HTTP_1_1
	).build();

	private static final ObjectMapper _objectMapper = new ObjectMapper();

	private final String _authorization;
	private final URI _baseUri;
	private final String _screenName;

}
