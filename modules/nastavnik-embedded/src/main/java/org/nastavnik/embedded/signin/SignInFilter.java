package org.nastavnik.embedded.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.embedded.directory.Accounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Authenticates REST requests of the embedded runtime, as the portal's auth verifiers do there:
 * by the signed-in session or by HTTP Basic. The request goes on with the person's user ID as its
 * remote user, or unauthenticated when it carries no credentials (the REST layer decides what
 * needs a person). Cookie-authenticated writes must carry the session's CSRF token in
 * {@value #CSRF_TOKEN_HEADER}.
 */
@Component(
	property = {
		"osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)",
		"osgi.http.whiteboard.filter.name=org.nastavnik.embedded.signin.SignInFilter",
		"osgi.http.whiteboard.filter.pattern=/api/*"
	},
	service = Filter.class
)
public class SignInFilter implements Filter {

	/** The request header with the CSRF token. */
	public static final String CSRF_TOKEN_HEADER = "X-CSRF-Token";

	/**
	 * @param accounts checks Basic credentials
	 * @param directory tells whether a session's person still exists
	 */
	@Activate
	public SignInFilter(@Reference Accounts accounts, @Reference Directory directory) {
		_accounts = accounts;
		_directory = directory;
	}

	@Override
	public void destroy() {
	}

	@Override
	public void doFilter(
			ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
		throws IOException, ServletException {

		HttpServletRequest request = (HttpServletRequest)servletRequest;
		HttpServletResponse response = (HttpServletResponse)servletResponse;

		Optional<String> basicCredentials = _basicCredentials(request);

		if (basicCredentials.isPresent()) {
			Optional<Person> person = _authenticate(basicCredentials.get());

			if (person.isEmpty()) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Nastavnik\", charset=\"UTF-8\"");

				Problem.unauthorized(
					"sign-in.failed", Messages.of(request)
				).send(
					response
				);

				return;
			}

			chain.doFilter(
				new AuthenticatedRequest(
					request, person.get().userId(), HttpServletRequest.BASIC_AUTH),
				response);

			return;
		}

		Optional<Long> userId = SignInSession.userId(
			request
		).filter(
			id -> _directory.person(id).isPresent()
		);

		if (userId.isEmpty()) {
			chain.doFilter(request, response);

			return;
		}

		if (!_SAFE_METHODS.contains(request.getMethod()) &&
			!_hasCsrfToken(request)) {

			Problem.forbidden(
				"csrf.invalid", Messages.of(request)
			).send(
				response
			);

			return;
		}

		chain.doFilter(
			new AuthenticatedRequest(request, userId.get(), HttpServletRequest.FORM_AUTH),
			response);
	}

	@Override
	public void init(FilterConfig filterConfig) {
	}

	private Optional<Person> _authenticate(String credentials) {
		int colon = credentials.indexOf(':');

		if (colon < 0) {
			return Optional.empty();
		}

		return _accounts.authenticate(
			credentials.substring(0, colon), credentials.substring(colon + 1));
	}

	private static Optional<String> _basicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");

		if ((authorization == null) ||
			!authorization.regionMatches(true, 0, _BASIC_PREFIX, 0, _BASIC_PREFIX.length())) {

			return Optional.empty();
		}

		try {
			return Optional.of(
				new String(
					Base64.getDecoder().decode(
						authorization.substring(_BASIC_PREFIX.length()).strip()),
					StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException illegalArgumentException) {
			// Undecodable credentials are wrong credentials, not anonymous ones.
			return Optional.of("");
		}
	}

	private static boolean _hasCsrfToken(HttpServletRequest request) {
		return SignInSession.csrfToken(
			request
		).map(
			expected -> SignInSession.matches(expected, request.getHeader(CSRF_TOKEN_HEADER))
		).orElse(
			false
		);
	}

	private static final String _BASIC_PREFIX = "Basic ";

	// Method names are case-sensitive: "get" is not GET and needs the token too.
	private static final Set<String> _SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final Accounts _accounts;
	private final Directory _directory;

}
