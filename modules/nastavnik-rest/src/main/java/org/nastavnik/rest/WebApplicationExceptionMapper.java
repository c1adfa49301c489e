package org.nastavnik.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.nastavnik.failure.NastavnikException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Gives the JAX-RS runtime's own refusals (no such route, method not allowed, not acceptable,
 * unsupported media type, not signed in) the same problem shape, keeping their status and
 * headers such as {@code Allow} and {@code WWW-Authenticate}.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_EXTENSION + "=true",
		JaxrsWhiteboardConstants.JAX_RS_NAME + "=nastavnik.http.failure"
	},
	service = ExceptionMapper.class
)
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

	/**
	 * @param exception what the JAX-RS runtime or a resource threw
	 * @param locale the reader's locale
	 * @return the problem it is
	 */
	public static Problem problem(WebApplicationException exception, Locale locale) {
		if (exception instanceof InvalidRequestException) {
			InvalidRequestException invalidRequestException = (InvalidRequestException)exception;

			return Problem.of(
				Response.Status.BAD_REQUEST, invalidRequestException.messageKey(),
				RestMessages.format(
					invalidRequestException.messageKey(), locale,
					invalidRequestException.arguments().toArray()),
				invalidRequestException.field());
		}

		// Some runtimes wrap what a message body reader threw

		if (exception.getCause() instanceof NastavnikException) {
			return NastavnikExceptionMapper.problem(
				(NastavnikException)exception.getCause(), locale);
		}

		if (exception.getCause() instanceof JsonProcessingException) {
			return JsonExceptionMapper.problem(
				(JsonProcessingException)exception.getCause(), locale);
		}

		Response.StatusType status = exception.getResponse().getStatusInfo();

		if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
			return InternalErrorMapper.problem(exception, locale);
		}

		String key = _KEYS.getOrDefault(status.getStatusCode(), "request.failed");

		return Problem.of(
			status, key, RestMessages.format(key, locale, String.valueOf(status.getStatusCode())),
			Optional.empty());
	}

	public WebApplicationExceptionMapper() {
	}

	@Override
	public Response toResponse(WebApplicationException exception) {
		Problem problem = problem(exception, RequestLanguage.of(_httpHeaders));

		Response.ResponseBuilder responseBuilder = Response.status(
			problem.status()
		).type(
			Problem.MEDIA_TYPE
		).entity(
			problem
		);

		for (Map.Entry<String, List<Object>> entry :
				exception.getResponse().getHeaders().entrySet()) {

			if (!_ENTITY_HEADERS.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
				for (Object value : entry.getValue()) {
					responseBuilder.header(entry.getKey(), value);
				}
			}
		}

		return responseBuilder.build();
	}

	WebApplicationExceptionMapper(HttpHeaders httpHeaders) {
		_httpHeaders = httpHeaders;
	}

	/** Headers that described the original entity, which the problem replaces. */
	private static final List<String> _ENTITY_HEADERS = List.of(
		"content-encoding", "content-language", "content-length", "content-type");

	private static final Map<Integer, String> _KEYS = Map.of(
		400, "request.invalid", 401, "request.not-signed-in", 403, "request.forbidden", 404,
		"request.route-not-found", 405, "request.method-not-allowed", 406,
		"request.not-acceptable", 415, "request.media-type-unsupported");

	@Context
	private HttpHeaders _httpHeaders;

}
