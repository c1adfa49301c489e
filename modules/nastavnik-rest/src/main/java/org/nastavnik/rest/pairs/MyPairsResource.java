package org.nastavnik.rest.pairs;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairService;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.rest.Caller;
import org.nastavnik.rest.NastavnikApplication;
import org.nastavnik.rest.PageJson;
import org.nastavnik.rest.QueryParameters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * {@code /me/pairs}: the pairs the caller takes part in, across programs.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = MyPairsResource.class
)
@Path("/me/pairs")
@Produces(MediaType.APPLICATION_JSON)
public class MyPairsResource {

	@Activate
	public MyPairsResource(@Reference Directory directory, @Reference PairService pairService) {
		_pairService = pairService;

		_pairConverter = new PairConverter(directory, pairService);
	}

	/**
	 * @param request the request
	 * @param status only pairs in this status
	 * @param page the page number
	 * @param pageSize the page size
	 * @return the caller's pairs, the newest first
	 */
	@GET
	public PageJson<PairJson> pairs(
		@Context HttpServletRequest request, @QueryParam("status") String status,
		@QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {

		Actor actor = Caller.actor(request);

		PairQuery pairQuery = new PairQuery(
			Optional.empty(), QueryParameters.optionalEnum("status", status, PairStatus.class),
			Optional.of(actor.userId()));

		return PageJson.of(
			_pairService.pairs(actor, pairQuery, QueryParameters.pageRequest(page, pageSize)),
			pairs -> _pairConverter.toJson(actor, pairs));
	}

	private final PairConverter _pairConverter;
	private final PairService _pairService;

}
