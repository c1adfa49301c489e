package org.nastavnik.rest.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.NotAuthorizedException;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.OrganizationKind;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.pairs.MenteeService;
import org.nastavnik.pairs.MentorService;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;
import org.nastavnik.rest.JsonTrees;
import org.nastavnik.rest.TestRequests;

class MeResourceTest {

	@Test
	void meIsThePersonWithOrganizationsPermissionsAndRoles() {
		when(
			_directory.person(4)
		).thenReturn(
			Optional.of(
				new Person(
					4, "kuratova", "Куратова Елена", "kuratova@example.org", "методист",
					List.of(1L)))
		);
		when(
			_directory.organization(1)
		).thenReturn(
			Optional.of(new Organization(1, "ИМЦ", OrganizationKind.OTHER))
		);
		when(_accessControl.isAllowed(_ME, ProgramActions.ADD_PROGRAM)).thenReturn(true);
		when(_accessControl.isAllowed(_ME, PairActions.MANAGE_PAIRS)).thenReturn(true);
		when(
			_menteeService.mentee(_ME, 4)
		).thenThrow(
			new NotFoundException("mentee.not-found", 4L)
		);

		JsonNode me = JsonTrees.of(_meResource.me(TestRequests.signedIn(4)));

		assertThat(
			me.toString()
		).isEqualTo(
			"{\"userId\":4,\"screenName\":\"kuratova\",\"fullName\":\"Куратова Елена\"," +
				"\"email\":\"kuratova@example.org\",\"jobTitle\":\"методист\"," +
					"\"organizations\":[{\"id\":1,\"name\":\"ИМЦ\",\"kind\":\"OTHER\"}]," +
						"\"permissions\":[\"ADD_PROGRAM\",\"MANAGE_PAIRS\"],\"mentor\":true," +
							"\"mentee\":false}"
		);
	}

	@Test
	void nobodySignedInIsA401() {
		assertThatThrownBy(
			() -> _meResource.me(mock(HttpServletRequest.class))
		).isInstanceOf(
			NotAuthorizedException.class
		);
	}

	private static final Actor _ME = new Actor(4);

	private final AccessControl _accessControl = mock(AccessControl.class);
	private final Directory _directory = mock(Directory.class);
	private final MenteeService _menteeService = mock(MenteeService.class);
	private final MeResource _meResource = new MeResource(
		_accessControl, _directory, _menteeService, mock(MentorService.class));

}
