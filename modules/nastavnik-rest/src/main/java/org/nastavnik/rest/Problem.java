package org.nastavnik.rest;

import java.util.Objects;
import java.util.Optional;

import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An {@code application/problem+json} body (RFC 7807) with the API's two extensions: the input
 * {@code field} at fault and the message {@code code}.
 *
 * @param type {@code urn:nastavnik:problem:} and the code
 * @param title the HTTP reason phrase
 * @param status the HTTP status
 * @param detail the localized message for the person
 * @param field the JSON property or query parameter at fault, when known
 * @param code the message key, stable for clients to branch on
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Problem(
	String type, String title, int status, String detail, Optional<String> field, String code) {

	/** The media type of problems. */
	public static final String MEDIA_TYPE = "application/problem+json";

	public Problem {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(detail, "detail");
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
	}

	/**
	 * @param status the HTTP status
	 * @param code the message key
	 * @param detail the localized message
	 * @param field the input at fault, if known
	 * @return the problem
	 */
	public static Problem of(
		Response.StatusType status, String code, String detail, Optional<String> field) {

		return new Problem(
			"urn:nastavnik:problem:" + code, status.getReasonPhrase(), status.getStatusCode(),
			detail, field, code);
	}

	/**
	 * @return a response with this problem as its body
	 */
	public Response toResponse() {
		return Response.status(
			status
		).type(
			MEDIA_TYPE
		).entity(
			this
		).build();
	}

}
