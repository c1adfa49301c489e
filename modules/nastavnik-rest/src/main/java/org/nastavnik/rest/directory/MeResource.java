package org.nastavnik.rest.directory;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Action;
import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.pairs.MenteeService;
import org.nastavnik.pairs.MentorService;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;
import org.nastavnik.rest.Caller;
import org.nastavnik.rest.NastavnikApplication;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * {@code /me}: who the caller is and what they may do.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = MeResource.class
)
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

	@Activate
	public MeResource(
		@Reference AccessControl accessControl, @Reference Directory directory,
		@Reference MenteeService menteeService, @Reference MentorService mentorService) {

		_accessControl = accessControl;
		_directory = directory;
		_menteeService = menteeService;
		_mentorService = mentorService;
	}

	/**
	 * @param request the request
	 * @return the caller
	 */
	@GET
	public MeJson me(@Context HttpServletRequest request) {
		Actor actor = Caller.actor(request);

		Person person = _directory.person(
			actor.userId()
		).orElseThrow(
			() -> new NotFoundException("person.not-found", actor.userId())
		);

		return new MeJson(
			person.userId(), person.screenName(), person.fullName(), person.email(),
			person.jobTitle(),
			person.organizationIds(
			).stream(
			).map(
				_directory::organization
			).flatMap(
				Optional::stream
			).map(
				OrganizationJson::of
			).toList(),
			_permissions(actor), _isRegistered(() -> _mentorService.mentor(actor, actor.userId())),
			_isRegistered(() -> _menteeService.mentee(actor, actor.userId())));
	}

	private static boolean _isRegistered(Runnable lookup) {

		// The services offer no "find": absence is their NotFoundException

		try {
			lookup.run();

			return true;
		}
		catch (NotFoundException notFoundException) {
			return false;
		}
	}

	private List<String> _permissions(Actor actor) {
		return Stream.concat(
			ProgramActions.ALL.stream(), PairActions.ALL.stream()
		).filter(
			action -> _accessControl.isAllowed(actor, action)
		).map(
			Action::name
		).toList();
	}

	private final AccessControl _accessControl;
	private final Directory _directory;
	private final MenteeService _menteeService;
	private final MentorService _mentorService;

}
