package org.nastavnik.rest.pairs;

import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.nastavnik.access.Actor;
import org.nastavnik.competency.CompetencyService;
import org.nastavnik.directory.Person;
import org.nastavnik.pairs.Mentee;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeQuery;
import org.nastavnik.pairs.MenteeService;
import org.nastavnik.rest.Caller;
import org.nastavnik.rest.InvalidRequestException;
import org.nastavnik.rest.NastavnikApplication;
import org.nastavnik.rest.PageJson;
import org.nastavnik.rest.QueryParameters;
import org.nastavnik.rest.RequestLanguage;
import org.nastavnik.rest.SavedEntry;
import org.nastavnik.rest.directory.OrganizationJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * {@code /mentees}: the mentee registry.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = MenteeResource.class
)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/mentees")
@Produces(MediaType.APPLICATION_JSON)
public class MenteeResource {

	@Activate
	public MenteeResource(
		@Reference CompetencyService competencyService,
		@Reference MenteeService menteeService) {

		_competencyService = competencyService;
		_menteeService = menteeService;
	}

	/**
	 * @param request the request
	 * @param acceptLanguage the language of competency names
	 * @param userId the mentee
	 * @return the mentee
	 */
	@GET
	@Path("/{userId}")
	public MenteeJson mentee(
		@Context HttpServletRequest request,
		@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
		@PathParam("userId") long userId) {

		Mentee mentee = _menteeService.mentee(Caller.actor(request), userId);

		return _toJson(List.of(mentee), RequestLanguage.of(acceptLanguage)).get(0);
	}

	/**
	 * @param request the request
	 * @param acceptLanguage the language of competency names
	 * @param category only mentees of this category
	 * @param organizationId only mentees of this organization
	 * @param page the page number
	 * @param pageSize the page size
	 * @return the mentees the caller may see, in the order they entered the registry
	 */
	@GET
	public PageJson<MenteeJson> mentees(
		@Context HttpServletRequest request,
		@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
		@QueryParam("category") String category,
		@QueryParam("organizationId") String organizationId, @QueryParam("page") String page,
		@QueryParam("pageSize") String pageSize) {

		Actor actor = Caller.actor(request);

		MenteeQuery menteeQuery = new MenteeQuery(
			QueryParameters.optionalEnum("category", category, MenteeCategory.class),
			QueryParameters.optionalId("organizationId", organizationId));

		Locale locale = RequestLanguage.of(acceptLanguage);

		return PageJson.of(
			_menteeService.mentees(
				actor, menteeQuery, QueryParameters.pageRequest(page, pageSize)),
			mentees -> _toJson(mentees, locale));
	}

	/**
	 * @param request the request
	 * @param uriInfo the request's URIs
	 * @param acceptLanguage the language of competency names
	 * @param userId the mentee
	 * @param menteeInput the entry; without a version it is created
	 * @return 201 with the mentee when created, else 200
	 */
	@PUT
	@Path("/{userId}")
	public Response saveMentee(
		@Context HttpServletRequest request, @Context UriInfo uriInfo,
		@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
		@PathParam("userId") long userId, MenteeInput menteeInput) {

		Actor actor = Caller.actor(request);

		MenteeInput input = InvalidRequestException.requireBody(menteeInput);

		MenteeJson menteeJson = _toJson(
			List.of(_menteeService.saveMentee(actor, userId, input.toDraft(), input.version())),
			RequestLanguage.of(acceptLanguage)
		).get(0);

		return SavedEntry.response(uriInfo, menteeJson, input.version().isEmpty());
	}

	private List<MenteeJson> _toJson(List<Mentee> mentees, Locale locale) {
		CompetencyIndex competencyIndex = new CompetencyIndex(
			_competencyService.competencies(), locale);

		return mentees.stream(
		).map(
			mentee -> _toJson(mentee, competencyIndex)
		).toList();
	}

	private MenteeJson _toJson(Mentee mentee, CompetencyIndex competencyIndex) {
		Person person = mentee.person();
		MenteeProfile profile = mentee.profile();

		return new MenteeJson(
			person.userId(), person.screenName(), person.fullName(), person.jobTitle(),
			profile.category(), profile.yearsOfExperience(),
			mentee.organization().map(OrganizationJson::of),
			profile.supportNeeds(
			).stream(
			).map(
				competencyId -> new SupportNeedJson(
					competencyId, competencyIndex.code(competencyId),
					competencyIndex.name(competencyId))
			).toList(),
			profile.version());
	}

	private final CompetencyService _competencyService;
	private final MenteeService _menteeService;

}
