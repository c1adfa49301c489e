package org.nastavnik.rest;

import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: anything unexpected is logged with its stack trace and answered with a 500
 * problem whose detail says nothing about the server's insides.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_EXTENSION + "=true",
		JaxrsWhiteboardConstants.JAX_RS_NAME + "=nastavnik.internal.failure"
	},
	service = ExceptionMapper.class
)
public class InternalErrorMapper implements ExceptionMapper<Throwable> {

	/**
	 * Logs the failure.
	 *
	 * @param throwable what went wrong
	 * @param locale the reader's locale
	 * @return a generic 500 problem
	 */
	public static Problem problem(Throwable throwable, Locale locale) {
		_log.error("Unable to serve a REST request", throwable);

		return Problem.of(
			Response.Status.INTERNAL_SERVER_ERROR, "internal-error",
			RestMessages.format("internal-error", locale), Optional.empty());
	}

	public InternalErrorMapper() {
	}

	@Override
	public Response toResponse(Throwable throwable) {
		return problem(
			throwable, RequestLanguage.of(_httpHeaders)
		).toResponse();
	}

	InternalErrorMapper(HttpHeaders httpHeaders) {
		_httpHeaders = httpHeaders;
	}

	private static final Logger _log = LoggerFactory.getLogger(InternalErrorMapper.class);

	@Context
	private HttpHeaders _httpHeaders;

}
