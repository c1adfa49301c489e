package org.nastavnik.embedded.signin;

import javax.servlet.http.HttpServletResponse;

/**
 * Response headers of the HTML pages this package writes.
 */
final class PageHeaders {

	/**
	 * Keeps the page out of caches (it carries tokens) and out of other sites' frames.
	 *
	 * @param response the page's response
	 */
	static void addTo(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader(
			"Content-Security-Policy",
			"base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
	}

	private PageHeaders() {
	}

}
