package org.nastavnik.rest;

import java.util.Locale;

import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.FailureMessages;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NastavnikException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.failure.RuleViolationException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Turns the services' failures into problems: 403, 409, 400, 404 or 422 with the message in the
 * request's language.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_EXTENSION + "=true",
		JaxrsWhiteboardConstants.JAX_RS_NAME + "=nastavnik.failure"
	},
	service = ExceptionMapper.class
)
public class NastavnikExceptionMapper implements ExceptionMapper<NastavnikException> {

	/**
	 * @param exception a failure
	 * @param locale the reader's locale
	 * @return the problem it is
	 */
	public static Problem problem(NastavnikException exception, Locale locale) {
		return Problem.of(
			_status(exception), exception.messageKey(),
			FailureMessages.localize(exception, locale), exception.field());
	}

	public NastavnikExceptionMapper() {
	}

	@Override
	public Response toResponse(NastavnikException exception) {
		return problem(
			exception, RequestLanguage.of(_httpHeaders)
		).toResponse();
	}

	NastavnikExceptionMapper(HttpHeaders httpHeaders) {
		_httpHeaders = httpHeaders;
	}

	private static Response.StatusType _status(NastavnikException exception) {
		if (exception instanceof AccessDeniedException) {
			return Response.Status.FORBIDDEN;
		}
		else if (exception instanceof ConflictException) {
			return Response.Status.CONFLICT;
		}
		else if (exception instanceof InvalidInputException) {
			return Response.Status.BAD_REQUEST;
		}
		else if (exception instanceof NotFoundException) {
			return Response.Status.NOT_FOUND;
		}
		else if (exception instanceof RuleViolationException) {
			return _UNPROCESSABLE_ENTITY;
		}

		throw new IllegalStateException("Unmapped failure " + exception.getClass());
	}

	/** JAX-RS 2.1 names no 422 of its own. */
	private static final Response.StatusType _UNPROCESSABLE_ENTITY = new Response.StatusType() {

		@Override
		public Response.Status.Family getFamily() {
			return Response.Status.Family.CLIENT_ERROR;
		}

		@Override
		public String getReasonPhrase() {
			return "Unprocessable Entity";
		}

		@Override
		public int getStatusCode() {
			return 422;
		}

	};

	@Context
	private HttpHeaders _httpHeaders;

}
