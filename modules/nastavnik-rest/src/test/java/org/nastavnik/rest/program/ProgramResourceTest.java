package org.nastavnik.rest.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramDraft;
import org.nastavnik.program.ProgramService;
import org.nastavnik.rest.InvalidRequestException;
import org.nastavnik.rest.JsonTrees;
import org.nastavnik.rest.TestRequests;

class ProgramResourceTest {

	@Test
	void programShowsDatesAsIsoAndCuratorsByName() {
		when(_programService.program(_CURATOR, 2)).thenReturn(_PROGRAM);

		JsonNode program = JsonTrees.of(
			_programResource.program(TestRequests.signedIn(_CURATOR.userId()), 2));

		assertThat(
			program.toString()
		).isEqualTo(
			"{\"id\":2,\"title\":\"Школа молодого педагога\",\"description\":\"\"," +
				"\"startDate\":\"2026-09-01\",\"endDate\":\"2027-05-31\"," +
					"\"curators\":[{\"userId\":4,\"screenName\":\"kuratova\"," +
						"\"fullName\":\"Куратова Елена\"}]," +
							"\"createDate\":\"2026-08-20T10:00:00Z\",\"version\":1}"
		);
	}

	@Test
	void creatingAnswers201WithTheLocationOfTheProgram() {
		UriInfo uriInfo = mock(UriInfo.class);

		when(
			uriInfo.getAbsolutePathBuilder()
		).thenReturn(
			UriBuilder.fromUri("http://localhost/api/v1/programs")
		);
		when(_programService.addProgram(any(), any())).thenReturn(_PROGRAM);

		Response response = _programResource.addProgram(
			TestRequests.signedIn(_CURATOR.userId()), uriInfo,
			new ProgramInput(
				"Школа молодого педагога", null, LocalDate.of(2026, 9, 1),
				LocalDate.of(2027, 5, 31), List.of(4L)));

		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(response.getLocation()).hasToString("http://localhost/api/v1/programs/2");
		verify(
			_programService
		).addProgram(
			_CURATOR,
			new ProgramDraft(
				"Школа молодого педагога", "", LocalDate.of(2026, 9, 1),
				LocalDate.of(2027, 5, 31), List.of(4L))
		);
	}

	@Test
	void creatingWithoutABodyIsA400() {
		assertThatThrownBy(
			() -> _programResource.addProgram(
				TestRequests.signedIn(_CURATOR.userId()), mock(UriInfo.class), null)
		).isInstanceOf(
			InvalidRequestException.class
		);
	}

	@Test
	void listLooksUpEveryCuratorOfThePageInOneBatch() {
		when(
			_programService.programs(_CURATOR, new PageRequest(1, 20))
		).thenReturn(
			new Page<>(List.of(_PROGRAM, _PROGRAM), 42, new PageRequest(1, 20))
		);

		JsonNode page = JsonTrees.of(
			_programResource.programs(TestRequests.signedIn(_CURATOR.userId()), null, null));

		verify(_directory).people(List.of(4L));
		assertThat(page.get("total").asLong()).isEqualTo(42);
		assertThat(page.get("items").size()).isEqualTo(2);
	}

	@Test
	void pageSizeOutOfRangeIsTheServicesInvalidInput() {
		assertThatThrownBy(
			() -> _programResource.programs(
				TestRequests.signedIn(_CURATOR.userId()), "1", "500")
		).isInstanceOf(
			InvalidInputException.class
		);
	}

	private static final Actor _CURATOR = new Actor(4);

	private static final Program _PROGRAM = new Program(
		2, "Школа молодого педагога", "", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
		List.of(4L), 4, Instant.parse("2026-08-20T10:00:00Z"), 1);

	private final Directory _directory = mock(Directory.class);
	private final ProgramService _programService = mock(ProgramService.class);
	private final ProgramResource _programResource;

	{
		when(
			_directory.people(List.of(4L))
		).thenReturn(
			Map.of(4L, new Person(4, "kuratova", "Куратова Елена", "", "", List.of()))
		);

		_programResource = new ProgramResource(_directory, _programService);
	}

}
