package org.nastavnik.embedded.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * What a sign-in keeps in the HTTP session: the person's user ID and the CSRF token that
 * cookie-authenticated writes must echo.
 */
final class SignInSession {

	/** The session attribute with the CSRF token. */
	static final String CSRF_TOKEN = "org.nastavnik.embedded.signin.csrfToken";

	/** The session attribute with the signed-in person's user ID, a {@link Long}. */
	static final String USER_ID = "org.nastavnik.embedded.signin.userId";

	/**
	 * @param request a request
	 * @return the CSRF token of the request's session, if someone signed in to it
	 */
	static Optional<String> csrfToken(HttpServletRequest request) {
		return _attribute(request, CSRF_TOKEN, String.class);
	}

	/**
	 * @param expected the token the server holds
	 * @param actual the token the client sent, possibly none
	 * @return whether they are equal, compared in constant time
	 */
	static boolean matches(String expected, String actual) {
		if (actual == null) {
			return false;
		}

		return MessageDigest.isEqual(
			expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param random the source
	 * @return 32 random bytes in URL-safe Base64
	 */
	static String newToken(SecureRandom random) {
		byte[] bytes = new byte[32];

		random.nextBytes(bytes);

		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Signs the person in to a session of their own: any session the request came with is
	 * invalidated and the new one gets a new ID, so an ID planted before sign-in is worthless.
	 *
	 * @param request the sign-in request
	 * @param userId the person
	 * @param random the source of the CSRF token
	 * @return the new session's CSRF token
	 */
	static String start(HttpServletRequest request, long userId, SecureRandom random) {
		HttpSession oldSession = request.getSession(false);

		if (oldSession != null) {
			oldSession.invalidate();
		}

		HttpSession session = request.getSession(true);

		// The container's session may outlive the invalidated one when other contexts share it.
		request.changeSessionId();

		String csrfToken = newToken(random);

		session.setAttribute(USER_ID, userId);
		session.setAttribute(CSRF_TOKEN, csrfToken);

		return csrfToken;
	}

	/**
	 * @param request a request
	 * @return the user ID of the person signed in to the request's session
	 */
	static Optional<Long> userId(HttpServletRequest request) {
		return _attribute(request, USER_ID, Long.class);
	}

	private static <T> Optional<T> _attribute(
		HttpServletRequest request, String name, Class<T> type) {

		HttpSession session = request.getSession(false);

		if (session == null) {
			return Optional.empty();
		}

		try {
			return Optional.ofNullable(
				session.getAttribute(name)
			).filter(
				type::isInstance
			).map(
				type::cast
			);
		}
		catch (IllegalStateException illegalStateException) {
			// Invalidated by another request meanwhile: nobody is signed in to it any more.
			return Optional.empty();
		}
	}

	private SignInSession() {
	}

}
