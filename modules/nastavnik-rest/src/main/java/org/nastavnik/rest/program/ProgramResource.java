package org.nastavnik.rest.program;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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
import org.nastavnik.directory.Person;
import org.nastavnik.program.Program;
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
 * {@code /programs}: mentoring programs.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = ProgramResource.class
)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {

	@Activate
	public ProgramResource(
		@Reference Directory directory, @Reference ProgramService programService) {

		_directory = directory;
		_programService = programService;
	}

	/**
	 * @param request the request
	 * @param uriInfo the request's URIs
	 * @param programInput the program
	 * @return 201 with the program and its {@code Location}
	 */
	@POST
	public Response addProgram(
		@Context HttpServletRequest request, @Context UriInfo uriInfo,
		ProgramInput programInput) {

		Actor actor = Caller.actor(request);

		Program program = _programService.addProgram(
			actor, InvalidRequestException.requireBody(programInput).toDraft());

		return Response.created(
			uriInfo.getAbsolutePathBuilder(
			).path(
				String.valueOf(program.programId())
			).build()
		).entity(
			_toJson(List.of(program)).get(0)
		).build();
	}

	/**
	 * @param request the request
	 * @param programId the program
	 * @return the program
	 */
	@GET
	@Path("/{programId}")
	public ProgramJson program(
		@Context HttpServletRequest request, @PathParam("programId") long programId) {

		return _toJson(
			List.of(_programService.program(Caller.actor(request), programId))
		).get(0);
	}

	/**
	 * @param request the request
	 * @param page the page number
	 * @param pageSize the page size
	 * @return programs, the latest start first
	 */
	@GET
	public PageJson<ProgramJson> programs(
		@Context HttpServletRequest request, @QueryParam("page") String page,
		@QueryParam("pageSize") String pageSize) {

		Actor actor = Caller.actor(request);

		return PageJson.of(
			_programService.programs(actor, QueryParameters.pageRequest(page, pageSize)),
			this::_toJson);
	}

	private List<ProgramJson> _toJson(List<Program> programs) {
		Map<Long, Person> people = _directory.people(
			programs.stream(
			).map(
				Program::curatorUserIds
			).flatMap(
				Collection::stream
			).distinct(
			).toList());

		return programs.stream(
		).map(
			program -> ProgramJson.of(program, people)
		).toList();
	}

	private final Directory _directory;
	private final ProgramService _programService;

}
