package org.nastavnik.rest.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.nastavnik.access.Actor;
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.CompetencyService;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.OrganizationKind;
import org.nastavnik.directory.Person;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.Mentor;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorProfileDraft;
import org.nastavnik.pairs.MentorQuery;
import org.nastavnik.pairs.MentorService;
import org.nastavnik.pairs.Strength;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.rest.InvalidRequestException;
import org.nastavnik.rest.JsonTrees;
import org.nastavnik.rest.TestRequests;

class MentorResourceTest {

	@Test
	void mentorShowsThePersonTheirOrganizationsAndNamedStrengths() {
		when(_mentorService.mentor(_ME, 7)).thenReturn(_MENTOR);

		JsonNode mentor = JsonTrees.of(
			_mentorResource.mentor(TestRequests.signedIn(_ME.userId()), "en", 7));

		assertThat(mentor.get("userId").asLong()).isEqualTo(7);
		assertThat(mentor.get("fullName").asText()).isEqualTo("Петрова Анна Ивановна");
		assertThat(mentor.get("jobTitle").asText()).isEqualTo("учитель математики");
		assertThat(
			mentor.get("organizations").toString()
		).isEqualTo(
			"[{\"id\":1,\"name\":\"МОУ СОШ № 3\",\"kind\":\"SCHOOL\"}]"
		);
		assertThat(
			mentor.get("strengths").toString()
		).isEqualTo(
			"[{\"competencyId\":3,\"code\":\"LESSON_PLANNING\",\"name\":\"Lesson planning\"," +
				"\"level\":5}]"
		);
		assertThat(mentor.get("capacity").asInt()).isEqualTo(3);
		assertThat(mentor.get("reservedSlots").asInt()).isEqualTo(1);
		assertThat(mentor.get("freeSlots").asInt()).isEqualTo(2);
		assertThat(mentor.get("formats").toString()).isEqualTo("[\"IN_PERSON\",\"ONLINE\"]");
		assertThat(mentor.get("bio").asText()).isEqualTo("20 лет в школе");
		assertThat(mentor.get("version").asLong()).isEqualTo(2);
	}

	@Test
	void competencyNamesFollowTheRequestLanguage() {
		when(_mentorService.mentor(_ME, 7)).thenReturn(_MENTOR);

		assertThat(
			JsonTrees.of(
				_mentorResource.mentor(TestRequests.signedIn(_ME.userId()), null, 7)
			).at(
				"/strengths/0/name"
			).asText()
		).isEqualTo(
			"Планирование урока"
		);
	}

	@Test
	void listTurnsQueryParametersIntoTheQuery() {
		when(
			_mentorService.mentors(any(), any(), any())
		).thenReturn(
			new Page<>(List.of(_MENTOR), 1, PageRequest.first())
		);

		JsonNode page = JsonTrees.of(
			_mentorResource.mentors(
				TestRequests.signedIn(_ME.userId()), "ru", "3", "ONLINE", "true", null, null));

		verify(
			_mentorService
		).mentors(
			_ME, new MentorQuery(Optional.of(3L), Optional.of(MeetingFormat.ONLINE), true),
			PageRequest.first()
		);
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.at("/items/0/userId").asLong()).isEqualTo(7);
	}

	@Test
	void unknownFormatIsA400NamingTheParameter() {
		assertThatThrownBy(
			() -> _mentorResource.mentors(
				TestRequests.signedIn(_ME.userId()), "ru", null, "PIGEON", null, null, null)
		).isInstanceOfSatisfying(
			InvalidRequestException.class,
			invalidRequestException -> assertThat(invalidRequestException.field()).contains("format")
		);
	}

	@Test
	void savingWithoutVersionCreatesWith201AndWithVersionChangesWith200() {
		UriInfo uriInfo = mock(UriInfo.class);

		when(uriInfo.getAbsolutePath()).thenReturn(URI.create("http://localhost/api/v1/mentors/7"));
		when(
			_mentorService.saveMentor(eq(_ME), eq(7L), any(), any())
		).thenReturn(
			_MENTOR
		);

		MentorInput creation = new MentorInput(
			List.of(new StrengthInput(3, 5)), 3, Set.of(MeetingFormat.ONLINE), "Привет", null);

		Response created = _mentorResource.saveMentor(
			TestRequests.signedIn(_ME.userId()), uriInfo, "ru", 7, creation);

		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(created.getLocation()).hasToString("http://localhost/api/v1/mentors/7");
		verify(
			_mentorService
		).saveMentor(
			_ME, 7,
			new MentorProfileDraft(
				List.of(new Strength(3, 5)), 3, Set.of(MeetingFormat.ONLINE), "Привет"),
			Optional.empty()
		);

		Response changed = _mentorResource.saveMentor(
			TestRequests.signedIn(_ME.userId()), uriInfo, "ru", 7,
			new MentorInput(List.of(), 3, Set.of(MeetingFormat.ONLINE), "", Optional.of(2L)));

		assertThat(changed.getStatus()).isEqualTo(200);
	}

	@Test
	void savingWithoutABodyIsA400() {
		assertThatThrownBy(
			() -> _mentorResource.saveMentor(
				TestRequests.signedIn(_ME.userId()), mock(UriInfo.class), "ru", 7, null)
		).isInstanceOfSatisfying(
			InvalidRequestException.class,
			invalidRequestException -> assertThat(
				invalidRequestException.messageKey()
			).isEqualTo(
				"request.body.required"
			)
		);
	}

	private static final Actor _ME = new Actor(15);

	private static final Mentor _MENTOR = new Mentor(
		new Person(
			7, "petrova", "Петрова Анна Ивановна", "petrova@example.org", "учитель математики",
			List.of(1L, 99L)),
		new MentorProfile(
			7, List.of(new Strength(3, 5)), 3, Set.of(MeetingFormat.ONLINE, MeetingFormat.IN_PERSON),
			"20 лет в школе", 1, 2));

	private final CompetencyService _competencyService = mock(CompetencyService.class);
	private final Directory _directory = mock(Directory.class);
	private final MentorService _mentorService = mock(MentorService.class);
	private final MentorResource _mentorResource;

	{
		when(
			_competencyService.competencies()
		).thenReturn(
			List.of(
				new Competency(
					3, "LESSON_PLANNING", CompetencyArea.TEACHING,
					new LocalizedText("Планирование урока", "Lesson planning"), 1))
		);
		when(
			_directory.organizations()
		).thenReturn(
			List.of(new Organization(1, "МОУ СОШ № 3", OrganizationKind.SCHOOL))
		);

		_mentorResource = new MentorResource(_competencyService, _directory, _mentorService);
	}

}
