package org.nastavnik.rest.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.nastavnik.access.Actor;
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.CompetencyService;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.OrganizationKind;
import org.nastavnik.directory.Person;
import org.nastavnik.pairs.Mentee;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeProfileDraft;
import org.nastavnik.pairs.MenteeQuery;
import org.nastavnik.pairs.MenteeService;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.rest.JsonTrees;
import org.nastavnik.rest.TestRequests;

class MenteeResourceTest {

	@Test
	void menteeShowsCategoryOrganizationAndNamedSupportNeeds() {
		when(_menteeService.mentee(_ME, 15)).thenReturn(_mentee(Optional.of(_SCHOOL)));

		JsonNode mentee = JsonTrees.of(
			_menteeResource.mentee(TestRequests.signedIn(_ME.userId()), "ru", 15));

		assertThat(mentee.get("screenName").asText()).isEqualTo("sidorov");
		assertThat(mentee.get("category").asText()).isEqualTo("YOUNG_SPECIALIST");
		assertThat(mentee.get("yearsOfExperience").asInt()).isEqualTo(1);
		assertThat(mentee.at("/organization/name").asText()).isEqualTo("МОУ СОШ № 3");
		assertThat(
			mentee.get("supportNeeds").toString()
		).isEqualTo(
			"[{\"competencyId\":5,\"code\":\"CLASSROOM_MANAGEMENT\"," +
				"\"name\":\"Управление классом\"}]"
		);
		assertThat(mentee.get("version").asLong()).isEqualTo(1);
	}

	@Test
	void organizationTheDirectoryNoLongerHasIsNull() {
		when(_menteeService.mentee(_ME, 15)).thenReturn(_mentee(Optional.empty()));

		JsonNode mentee = JsonTrees.of(
			_menteeResource.mentee(TestRequests.signedIn(_ME.userId()), "ru", 15));

		assertThat(mentee.has("organization")).isTrue();
		assertThat(mentee.get("organization").isNull()).isTrue();
	}

	@Test
	void listTurnsQueryParametersIntoTheQuery() {
		when(
			_menteeService.mentees(any(), any(), any())
		).thenReturn(
			new Page<>(List.of(), 0, new PageRequest(1, 50))
		);

		_menteeResource.mentees(
			TestRequests.signedIn(_ME.userId()), "ru", "NEW_DEPUTY_HEAD", "1", null, "50");

		verify(
			_menteeService
		).mentees(
			_ME, new MenteeQuery(Optional.of(MenteeCategory.NEW_DEPUTY_HEAD), Optional.of(1L)),
			new PageRequest(1, 50)
		);
	}

	@Test
	void savingWithAVersionChangesTheEntryWith200() {
		when(
			_menteeService.saveMentee(
				_ME, 15, new MenteeProfileDraft(MenteeCategory.OTHER, 12, 1, List.of(5L)),
				Optional.of(1L))
		).thenReturn(
			_mentee(Optional.of(_SCHOOL))
		);

		Response response = _menteeResource.saveMentee(
			TestRequests.signedIn(_ME.userId()), mock(UriInfo.class), "ru", 15,
			new MenteeInput(MenteeCategory.OTHER, 12, 1, List.of(5L), Optional.of(1L)));

		assertThat(response.getStatus()).isEqualTo(200);
	}

	private static Mentee _mentee(Optional<Organization> organization) {
		return new Mentee(
			new Person(15, "sidorov", "Сидоров Павел", "", "учитель истории", List.of(1L)),
			new MenteeProfile(15, MenteeCategory.YOUNG_SPECIALIST, 1, 1, List.of(5L), 1),
			organization);
	}

	private static final Actor _ME = new Actor(15);

	private static final Organization _SCHOOL = new Organization(
		1, "МОУ СОШ № 3", OrganizationKind.SCHOOL);

	private final CompetencyService _competencyService = mock(CompetencyService.class);
	private final MenteeService _menteeService = mock(MenteeService.class);
	private final MenteeResource _menteeResource;

	{
		when(
			_competencyService.competencies()
		).thenReturn(
			List.of(
				new Competency(
					5, "CLASSROOM_MANAGEMENT", CompetencyArea.TEACHING,
					new LocalizedText("Управление классом", "Classroom management"), 2))
		);

		_menteeResource = new MenteeResource(_competencyService, _menteeService);
	}

}
