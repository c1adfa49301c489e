package org.nastavnik.embedded.signin;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

/**
 * An {@code application/problem+json} answer, shaped as the REST layer's problems are.
 *
 * @param status the HTTP status
 * @param title the status's reason phrase
 * @param code the stable code, e.g. {@code csrf.invalid}
 * @param detail the localized explanation
 */
record Problem(int status, String title, String code, String detail) {

	/**
	 * @param code the stable code, also the message key after {@code problem.}
	 * @param messages the reader's texts
	 * @return a 401 problem
	 */
	static Problem unauthorized(String code, Messages messages) {
		return new Problem(
			HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", code,
			messages.text("problem." + code));
	}

	/**
	 * @param code the stable code, also the message key after {@code problem.}
	 * @param messages the reader's texts
	 * @return a 403 problem
	 */
	static Problem forbidden(String code, Messages messages) {
		return new Problem(
			HttpServletResponse.SC_FORBIDDEN, "Forbidden", code, messages.text("problem." + code));
	}

	/**
	 * Writes the problem as the whole response.
	 *
	 * @param response the response, not committed
	 * @throws IOException if writing fails
	 */
	void send(HttpServletResponse response) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();

		body.put("type", "urn:nastavnik:problem:" + code);
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.put("code", code);

		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");

		response.getWriter().write(new ObjectMapper().writeValueAsString(body));
	}

}
