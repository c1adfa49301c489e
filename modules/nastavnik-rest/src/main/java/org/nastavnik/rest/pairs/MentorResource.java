package org.nastavnik.rest.pairs;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.Person;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.Mentor;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorQuery;
import org.nastavnik.pairs.MentorService;
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
 * {@code /mentors}: the mentor bank.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = MentorResource.class
)
@Consumes(MediaType.APPLICATION_JSON)
@Path("/mentors")
@Produces(MediaType.APPLICATION_JSON)
public class MentorResource {

	@Activate
	public MentorResource(
		@Reference CompetencyService competencyService, @Reference Directory directory,
		@Reference MentorService mentorService) {

		_competencyService = competencyService;
		_directory = directory;
		_mentorService = mentorService;
	}

	/**
	 * @param request the request
	 * @param acceptLanguage the language of competency names
	 * @param userId the mentor
	 * @return the mentor
	 */
	@GET
	@Path("/{userId}")
	public MentorJson mentor(
		@Context HttpServletRequest request,
		@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
		@PathParam("userId") long userId) {

		Mentor mentor = _mentorService.mentor(Caller.actor(request), userId);

		return _toJson(List.of(mentor), RequestLanguage.of(acceptLanguage)).get(0);
	}

	/**
	 * @param request the request
	 * @param acceptLanguage the language of competency names
	 * @param competencyId only mentors strong in this competency
	 * @param format only mentors who meet this way
	 * @param available {@code true} for only mentors with free places
	 * @param page the page number
	 * @param pageSize the page size
	 * @return mentors, in the order they entered the bank
	 */
	@GET
	public PageJson<MentorJson> mentors(
		@Context HttpServletRequest request,
		@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
		@QueryParam("competencyId") String competencyId, @QueryParam("format") String format,
		@QueryParam("available") String available, @QueryParam("page") String page,
		@QueryParam("pageSize") String pageSize) {

		Actor actor = Caller.actor(request);

		MentorQuery mentorQuery = new MentorQuery(
			QueryParameters.optionalId("competencyId", competencyId),
			QueryParameters.optionalEnum("format", format, MeetingFormat.class),
			QueryParameters.flag("available", available, false));

		Locale locale = RequestLanguage.of(acceptLanguage);

		return PageJson.of(
			_mentorService.mentors(
				actor, mentorQuery, QueryParameters.pageRequest(page, pageSize)),
			mentors -> _toJson(mentors, locale));
	}

	/**
	 * @param request the request
	 * @param uriInfo the request's URIs
	 * @param acceptLanguage the language of competency names
	 * @param userId the mentor
	 * @param mentorInput the entry; without a version it is created
	 * @return 201 with the mentor when created, else 200
	 */
	@PUT
	@Path("/{userId}")
	public Response saveMentor(
		@Context HttpServletRequest request, @Context UriInfo uriInfo,
		@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
		@PathParam("userId") long userId, MentorInput mentorInput) {

		Actor actor = Caller.actor(request);

		MentorInput input = InvalidRequestException.requireBody(mentorInput);

		MentorJson mentorJson = _toJson(
			List.of(_mentorService.saveMentor(actor, userId, input.toDraft(), input.version())),
			RequestLanguage.of(acceptLanguage)
		).get(0);

		return SavedEntry.response(uriInfo, mentorJson, input.version().isEmpty());
	}

	private List<MentorJson> _toJson(List<Mentor> mentors, Locale locale) {
		CompetencyIndex competencyIndex = new CompetencyIndex(
			_competencyService.competencies(), locale);

		Map<Long, Organization> organizations = _directory.organizations(
		).stream(
		).collect(
			Collectors.toMap(Organization::organizationId, Function.identity())
		);

		return mentors.stream(
		).map(
			mentor -> _toJson(mentor, competencyIndex, organizations)
		).toList();
	}

	private MentorJson _toJson(
		Mentor mentor, CompetencyIndex competencyIndex, Map<Long, Organization> organizations) {

		Person person = mentor.person();
		MentorProfile profile = mentor.profile();

		return new MentorJson(
			person.userId(), person.screenName(), person.fullName(), person.jobTitle(),
			person.organizationIds(
			).stream(
			).map(
				organizations::get
			).flatMap(
				organization -> Optional.ofNullable(organization).stream()
			).map(
				OrganizationJson::of
			).toList(),
			profile.strengths(
			).stream(
			).map(
				strength -> new StrengthJson(
					strength.competencyId(), competencyIndex.code(strength.competencyId()),
					competencyIndex.name(strength.competencyId()), strength.level())
			).toList(),
			profile.capacity(), profile.reservedSlots(), profile.freeSlots(),
			profile.formats(
			).stream(
			).sorted(
				Comparator.naturalOrder()
			).toList(),
			profile.bio(), profile.version());
	}

	private final CompetencyService _competencyService;
	private final Directory _directory;
	private final MentorService _mentorService;

}
