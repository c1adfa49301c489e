package org.nastavnik.rest.pairs;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.pairs.PairService;
import org.nastavnik.rest.Caller;
import org.nastavnik.rest.InvalidRequestException;
import org.nastavnik.rest.NastavnikApplication;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * {@code /pairs/{pairId}}: a pair and the commands of its lifecycle.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = PairResource.class
)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/pairs/{pairId}")
@Produces(MediaType.APPLICATION_JSON)
public class PairResource {

	@Activate
	public PairResource(@Reference Directory directory, @Reference PairService pairService) {
		_pairService = pairService;

		_pairConverter = new PairConverter(directory, pairService);
	}

	/**
	 * @param request the request
	 * @param pairId the pair
	 * @param pairAnswerInput the version seen, optional
	 * @return the pair, active if this was the last answer needed
	 */
	@Path("/accept")
	@POST
	public PairJson accept(
		@Context HttpServletRequest request, @PathParam("pairId") long pairId,
		PairAnswerInput pairAnswerInput) {

		Actor actor = Caller.actor(request);

		return _pairConverter.toJson(
			actor, _pairService.accept(actor, pairId, _version(pairAnswerInput)));
	}

	/**
	 * @param request the request
	 * @param pairId the pair
	 * @param pairCancellationInput the version seen and the reason
	 * @return the cancelled pair
	 */
	@Path("/cancel")
	@POST
	public PairJson cancel(
		@Context HttpServletRequest request, @PathParam("pairId") long pairId,
		PairCancellationInput pairCancellationInput) {

		Actor actor = Caller.actor(request);

		PairCancellationInput input = InvalidRequestException.requireBody(pairCancellationInput);

		return _pairConverter.toJson(
			actor,
			_pairService.cancel(
				actor, pairId, _requireVersion(input.version()), input.reason()));
	}

	/**
	 * @param request the request
	 * @param pairId the pair
	 * @param pairCompletionInput the version seen and the summary
	 * @return the completed pair
	 */
	@Path("/complete")
	@POST
	public PairJson complete(
		@Context HttpServletRequest request, @PathParam("pairId") long pairId,
		PairCompletionInput pairCompletionInput) {

		Actor actor = Caller.actor(request);

		PairCompletionInput input = InvalidRequestException.requireBody(pairCompletionInput);

		return _pairConverter.toJson(
			actor,
			_pairService.complete(
				actor, pairId, _requireVersion(input.version()), input.summary()));
	}

	/**
	 * @param request the request
	 * @param pairId the pair
	 * @param pairAnswerInput the version seen, optional
	 * @return the pair
	 */
	@Path("/decline")
	@POST
	public PairJson decline(
		@Context HttpServletRequest request, @PathParam("pairId") long pairId,
		PairAnswerInput pairAnswerInput) {

		Actor actor = Caller.actor(request);

		return _pairConverter.toJson(
			actor, _pairService.decline(actor, pairId, _version(pairAnswerInput)));
	}

	/**
	 * @param request the request
	 * @param pairId the pair
	 * @return the pair
	 */
	@GET
	public PairJson pair(@Context HttpServletRequest request, @PathParam("pairId") long pairId) {
		Actor actor = Caller.actor(request);

		return _pairConverter.toJson(actor, _pairService.pair(actor, pairId));
	}

	private static long _requireVersion(Optional<Long> version) {
		return version.orElseThrow(
			() -> InvalidRequestException.forField(
				"version", "request.property.required", "version"));
	}

	private static Optional<Long> _version(PairAnswerInput pairAnswerInput) {

		// The body is optional: without one the participant answers the latest version

		if (pairAnswerInput == null) {
			return Optional.empty();
		}

		return pairAnswerInput.version();
	}

	private final PairConverter _pairConverter;
	private final PairService _pairService;

}
