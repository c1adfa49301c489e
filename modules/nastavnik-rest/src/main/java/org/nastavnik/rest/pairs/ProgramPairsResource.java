package org.nastavnik.rest.pairs;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairService;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.program.ProgramService;
import org.nastavnik.rest.Caller;
import org.nastavnik.rest.InvalidRequestException;
import org.nastavnik.rest.NastavnikApplication;
import org.nastavnik.rest.PageJson;
import org.nastavnik.rest.QueryParameters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * {@code /programs/{programId}/pairs}: the pairs of a program, and proposing new ones.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = ProgramPairsResource.class
)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/programs/{programId}/pairs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramPairsResource {

	@Activate
	public ProgramPairsResource(
		@Reference Directory directory, @Reference PairService pairService,
		@Reference ProgramService programService) {

		_pairService = pairService;
		_programService = programService;

		_pairConverter = new PairConverter(directory, pairService);
	}

	/**
	 * @param request the request
	 * @param programId the program
	 * @param status only pairs in this status
	 * @param mine {@code true} for only the caller's own pairs
	 * @param page the page number
	 * @param pageSize the page size
	 * @return the pairs the caller may see, the newest first
	 */
	@GET
	public PageJson<PairJson> pairs(
		@Context HttpServletRequest request, @PathParam("programId") long programId,
		@QueryParam("status") String status, @QueryParam("mine") String mine,
		@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {

		Actor actor = Caller.actor(request);

		PairQuery pairQuery = new PairQuery(
			Optional.of(programId),
			QueryParameters.optionalEnum("status", status, PairStatus.class), Optional.empty());

		if (QueryParameters.flag("mine", mine, false)) {
			pairQuery = pairQuery.withParticipant(actor.userId());
		}

		// An unknown program is a 404, not an empty list

		_programService.program(actor, programId);

		return PageJson.of(
			_pairService.pairs(actor, pairQuery, QueryParameters.pageRequest(page, pageSize)),
			pairs -> _pairConverter.toJson(actor, pairs));
	}

	/**
	 * @param request the request
	 * @param uriInfo the request's URIs
	 * @param programId the program
	 * @param pairInput the mentor and mentees
	 * @return 201 with the proposed pair and its {@code Location}
	 */
	@POST
	public Response propose(
		@Context HttpServletRequest request, @Context UriInfo uriInfo,
		@PathParam("programId") long programId, PairInput pairInput) {

		Actor actor = Caller.actor(request);

		Pair pair = _pairService.propose(
			actor, programId, InvalidRequestException.requireBody(pairInput).toProposal());

		return Response.created(
			uriInfo.getBaseUriBuilder(
			).path(
				PairResource.class
			).build(
				pair.pairId()
			)
		).entity(
			_pairConverter.toJson(actor, pair)
		).build();
	}

	private final PairConverter _pairConverter;
	private final PairService _pairService;
	private final ProgramService _programService;

}
