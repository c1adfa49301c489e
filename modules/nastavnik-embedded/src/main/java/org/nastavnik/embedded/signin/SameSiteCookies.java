package org.nastavnik.embedded.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletResponse;

/**
 * Marks the cookies a response sets {@code SameSite=Lax} and {@code HttpOnly}. Servlet 3.1 has no
 * API for SameSite and Felix HTTP 4.2.10 no setting for its session cookie, so the headers are
 * rewritten after the container has added them.
 */
final class SameSiteCookies {

	/**
	 * Call it after the session cookie is set (after {@code getSession(true)} or
	 * {@code changeSessionId()}) and before the response is committed.
	 *
	 * @param response the response
	 */
	static void restrict(HttpServletResponse response) {
		List<String> cookies = new ArrayList<>(response.getHeaders(_SET_COOKIE));

		for (int i = 0; i < cookies.size(); i++) {
			String cookie = _restrict(cookies.get(i));

			if (i == 0) {
				response.setHeader(_SET_COOKIE, cookie);
			}
			else {
				response.addHeader(_SET_COOKIE, cookie);
			}
		}
	}

	private static String _restrict(String cookie) {
		String lowerCase = cookie.toLowerCase(Locale.ROOT);

		if (!lowerCase.contains("httponly")) {
			cookie = cookie + "; HttpOnly";
		}

		if (!lowerCase.contains("samesite=")) {
			cookie = cookie + "; SameSite=Lax";
		}

		return cookie;
	}

	private SameSiteCookies() {
	}

	private static final String _SET_COOKIE = "Set-Cookie";

}
