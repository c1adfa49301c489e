package org.nastavnik.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client of the runtime, signed in one way or another: anonymous, HTTP Basic, or
 * a session from the login form with the page's CSRF token.
 */
final class RestClient {

	static RestClient anonymous(URI baseUri) {
		return new RestClient(baseUri, null, null);
	}

	static RestClient basic(URI baseUri, String screenName, String password) {
		return new RestClient(
			baseUri,
			"Basic " + Base64.getEncoder().encodeToString(
				(screenName + ":" + password).getBytes(StandardCharsets.UTF_8)),
			null);
	}

	/**
	 * Signs in through the login page as a browser does: the form, its token, the session
	 * cookie, then the CSRF token of the app page.
	 */
	static RestClient session(URI baseUri, String screenName, String password)
		throws IOException, InterruptedException {

		RestClient restClient = new RestClient(baseUri, null, null);

		Reply loginPage = restClient.send("GET", "/login", null, null);

		String loginToken = _attribute(
			loginPage.text(), "name=\"loginToken\"", "value"
		).orElseThrow(
			() -> new AssertionError("No loginToken on the login page:\n" + loginPage.text())
		);

		Reply signedIn = restClient.send(
			"POST", "/login", "application/x-www-form-urlencoded",
			_form(
				Map.of(
					"screenName", screenName, "password", password, "loginToken",
					loginToken)));

		if (signedIn.status() != 303) {
			throw new AssertionError("Sign-in as " + screenName + " failed: " + signedIn);
		}

		Reply appPage = restClient.send("GET", "/", null, null);

		String csrfToken = _attribute(
			appPage.text(), "csrf-token=", "csrf-token"
		).orElseThrow(
			() -> new AssertionError("No csrf-token on the app page:\n" + appPage.text())
		);

		return new RestClient(baseUri, null, csrfToken, restClient._httpClient);
	}

	Reply get(String path) throws IOException, InterruptedException {
		return send("GET", "/api/v1" + path, null, null);
	}

	Reply post(String path, String json) throws IOException, InterruptedException {
		return send("POST", "/api/v1" + path, "application/json", json);
	}

	Reply put(String path, String json) throws IOException, InterruptedException {
		return send("PUT", "/api/v1" + path, "application/json", json);
	}

	/**
	 * The same session, without its CSRF token, as a forged request would be.
	 */
	RestClient withoutCsrfToken() {
		return new RestClient(_baseUri, _authorization, null, _httpClient);
	}

	Reply send(String method, String path, String contentType, String body)
		throws IOException, InterruptedException {

		HttpRequest.Builder builder = HttpRequest.newBuilder(
			_baseUri.resolve(path)
		).timeout(
			Duration.ofSeconds(30)
		).header(
			"Accept-Language", "en"
		).method(
			method,
			(body == null) ? HttpRequest.BodyPublishers.noBody() :
				HttpRequest.BodyPublishers.ofString(body)
		);

		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}

		if (_authorization != null) {
			builder.header("Authorization", _authorization);
		}

		if (_csrfToken != null) {
			builder.header("X-CSRF-Token", _csrfToken);
		}

		HttpResponse<String> httpResponse = _httpClient.send(
			builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		return new Reply(
			httpResponse.statusCode(),
			httpResponse.headers().firstValue("Content-Type").orElse(""),
			httpResponse.headers().firstValue("Location").orElse(""),
			httpResponse.body());
	}

	/**
	 * A response: status, the headers the tests look at, and the body.
	 */
	record Reply(int status, String contentType, String location, String text) {

		JsonNode json() {
			try {
				return text.isEmpty() ? MissingNode.getInstance() : _objectMapper.readTree(text);
			}
			catch (IOException ioException) {
				throw new UncheckedIOException("Not JSON: " + text, ioException);
			}
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + text;
		}

	}

	static String json(Object value) {
		try {
			return _objectMapper.writeValueAsString(value);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static Optional<String> _attribute(
		String html, String tagMarker, String attribute) {

		// The tag that holds the marker, then the attribute in it, in either order.
		Matcher tagMatcher = Pattern.compile(
			"<[^>]*" + Pattern.quote(tagMarker) + "[^>]*>"
		).matcher(
			html
		);

		if (!tagMatcher.find()) {
			return Optional.empty();
		}

		Matcher attributeMatcher = Pattern.compile(
			"\\s" + Pattern.quote(attribute) + "=\"([^\"]*)\""
		).matcher(
			tagMatcher.group()
		);

		if (!attributeMatcher.find()) {
			return Optional.empty();
		}

		return Optional.of(attributeMatcher.group(1).replace("&amp;", "&"));
	}

	private static String _form(Map<String, String> fields) {
		return fields.entrySet(
		).stream(
		).map(
			entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "=" +
				URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)
		).collect(
			Collectors.joining("&")
		);
	}

	private RestClient(URI baseUri, String authorization, String csrfToken) {
		this(
			baseUri, authorization, csrfToken,
			HttpClient.newBuilder(
			).cookieHandler(
				new CookieManager(null, CookiePolicy.ACCEPT_ALL)
			).connectTimeout(
				Duration.ofSeconds(5)
			).followRedirects(
				HttpClient.Redirect.NEVER
			).version(
				HttpClient.Version.HTTP_1_1
			).build());
	}

	private RestClient(
		URI baseUri, String authorization, String csrfToken, HttpClient httpClient) {

		_baseUri = baseUri;
		_authorization = authorization;
		_csrfToken = csrfToken;
		_httpClient = httpClient;
	}

	private static final ObjectMapper _objectMapper = new ObjectMapper();

	private final String _authorization;
	private final URI _baseUri;
	private final String _csrfToken;
	private final HttpClient _httpClient;

}
