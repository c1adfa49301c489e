package org.nastavnik.rest;

import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.nastavnik.failure.NastavnikException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Turns a body Jackson cannot read (malformed JSON, an unknown property, a value of the wrong
 * type) into a 400 problem naming the JSON path; a failure to write is the server's own, a 500.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_EXTENSION + "=true",
		JaxrsWhiteboardConstants.JAX_RS_NAME + "=nastavnik.json.failure"
	},
	service = ExceptionMapper.class
)
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

	/**
	 * @param exception what Jackson threw
	 * @param locale the reader's locale
	 * @return the problem it is
	 */
	public static Problem problem(JsonProcessingException exception, Locale locale) {
		if (!(exception.getProcessor() instanceof JsonParser) ||
			(exception instanceof InvalidDefinitionException)) {

			return InternalErrorMapper.problem(exception, locale);
		}

		if (!(exception instanceof JsonMappingException)) {
			return _badRequest("json.malformed", Optional.empty(), locale);
		}

		JsonMappingException jsonMappingException = (JsonMappingException)exception;

		if (jsonMappingException.getCause() instanceof NastavnikException) {
			return NastavnikExceptionMapper.problem(
				(NastavnikException)jsonMappingException.getCause(), locale);
		}

		Optional<String> path = _path(jsonMappingException);

		if (path.isEmpty()) {
			return _badRequest("json.body.invalid", path, locale);
		}

		if (exception instanceof UnrecognizedPropertyException) {
			return _badRequest("json.property.unknown", path, locale);
		}

		return _badRequest("json.value.invalid", path, locale);
	}

	public JsonExceptionMapper() {
	}

	@Override
	public Response toResponse(JsonProcessingException exception) {
		return problem(
			exception, RequestLanguage.of(_httpHeaders)
		).toResponse();
	}

	JsonExceptionMapper(HttpHeaders httpHeaders) {
		_httpHeaders = httpHeaders;
	}

	private static Problem _badRequest(String key, Optional<String> path, Locale locale) {
		return Problem.of(
			Response.Status.BAD_REQUEST, key,
			RestMessages.format(key, locale, path.orElse("")), path);
	}

	/** The path as a client writes it: {@code strengths[0].level}. */
	private static Optional<String> _path(JsonMappingException jsonMappingException) {
		StringBuilder sb = new StringBuilder();

		for (JsonMappingException.Reference reference : jsonMappingException.getPath()) {
			if (reference.getFieldName() != null) {
				if (sb.length() > 0) {
					sb.append('.');
				}

				sb.append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				sb.append('[');
				sb.append(reference.getIndex());
				sb.append(']');
			}
		}

		return (sb.length() == 0) ? Optional.empty() : Optional.of(sb.toString());
	}

	@Context
	private HttpHeaders _httpHeaders;

}
