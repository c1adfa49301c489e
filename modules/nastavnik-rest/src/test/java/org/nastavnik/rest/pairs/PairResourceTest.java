package org.nastavnik.rest.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairCommand;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairProposal;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairService;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.program.ProgramService;
import org.nastavnik.rest.InvalidRequestException;
import org.nastavnik.rest.JsonTrees;
import org.nastavnik.rest.TestRequests;

class PairResourceTest {

	@Test
	void pairShowsParticipantsWithAnswersTheStatusNoteAndTheCallersActions() {
		when(_pairService.pair(_CURATOR, 9)).thenReturn(_CANCELLED_GROUP);
		when(
			_pairService.commands(_CURATOR, _CANCELLED_GROUP)
		).thenReturn(
			Set.of(PairCommand.CANCEL, PairCommand.ACCEPT)
		);
		when(
			_directory.people(List.of(7L, 15L, 16L))
		).thenReturn(
			Map.of(7L, _person(7, "petrova", "Петрова Анна Ивановна"), 15L, _person(15, "sidorov", "Сидоров Павел"))
		);

		JsonNode pair = JsonTrees.of(
			_pairResource.pair(TestRequests.signedIn(_CURATOR.userId()), 9));

		assertThat(pair.get("id").asLong()).isEqualTo(9);
		assertThat(pair.get("programId").asLong()).isEqualTo(2);
		assertThat(pair.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(pair.get("version").asLong()).isEqualTo(4);
		assertThat(pair.get("menteeUserIds").toString()).isEqualTo("[15]");
		assertThat(
			pair.get("mentor").toString()
		).isEqualTo(
			"{\"userId\":7,\"screenName\":\"petrova\",\"fullName\":\"Петрова Анна Ивановна\"," +
				"\"response\":\"ACCEPTED\"}"
		);
		assertThat(pair.at("/mentees/1/userId").asLong()).isEqualTo(16);
		assertThat(pair.at("/mentees/1/fullName").asText()).isEmpty();
		assertThat(pair.at("/mentees/1/response").asText()).isEqualTo("DECLINED");
		assertThat(pair.get("statusDate").asText()).isEqualTo("2026-11-23T08:15:00Z");
		assertThat(pair.get("statusNote").asText()).isEqualTo("Наставник уволился");
		assertThat(pair.get("proposedByUserId").asLong()).isEqualTo(4);
		assertThat(pair.get("createDate").asText()).isEqualTo("2026-10-01T09:00:00Z");
		assertThat(pair.get("actions").toString()).isEqualTo("[\"ACCEPT\",\"CANCEL\"]");
	}

	@Test
	void acceptWithoutABodyAnswersTheLatestVersion() {
		when(_pairService.accept(_CURATOR, 9, Optional.empty())).thenReturn(_CANCELLED_GROUP);

		_pairResource.accept(TestRequests.signedIn(_CURATOR.userId()), 9, null);

		verify(_pairService).accept(_CURATOR, 9, Optional.empty());
	}

	@Test
	void declineSendsTheVersionSeen() {
		when(_pairService.decline(_CURATOR, 9, Optional.of(3L))).thenReturn(_CANCELLED_GROUP);

		_pairResource.decline(
			TestRequests.signedIn(_CURATOR.userId()), 9, new PairAnswerInput(Optional.of(3L)));

		verify(_pairService).decline(_CURATOR, 9, Optional.of(3L));
	}

	@Test
	void completeAndCancelNeedTheVersion() {
		HttpServletRequest request = TestRequests.signedIn(_CURATOR.userId());

		assertThatThrownBy(
			() -> _pairResource.complete(request, 9, new PairCompletionInput(null, "Итоги"))
		).isInstanceOfSatisfying(
			InvalidRequestException.class,
			invalidRequestException -> assertThat(invalidRequestException.field()).contains("version")
		);
		assertThatThrownBy(
			() -> _pairResource.cancel(request, 9, null)
		).isInstanceOf(
			InvalidRequestException.class
		);

		when(_pairService.cancel(_CURATOR, 9, 4, "Переезд")).thenReturn(_CANCELLED_GROUP);

		_pairResource.cancel(
			request, 9, new PairCancellationInput(Optional.of(4L), "Переезд"));

		verify(_pairService).cancel(_CURATOR, 9, 4, "Переезд");
	}

	@Test
	void nobodySignedInIsRefusedBeforeAnyServiceIsAsked() {
		assertThatThrownBy(
			() -> _pairResource.pair(mock(HttpServletRequest.class), 9)
		).isInstanceOf(
			NotAuthorizedException.class
		);

		verifyNoInteractions(_pairService);
	}

	@Test
	void proposingAnswers201WithTheLocationOfThePair() {
		UriInfo uriInfo = mock(UriInfo.class);

		when(
			uriInfo.getBaseUriBuilder()
		).thenReturn(
			UriBuilder.fromUri("http://localhost/api/v1/")
		);
		when(
			_pairService.propose(_CURATOR, 2, new PairProposal(7, List.of(15L, 16L)))
		).thenReturn(
			_CANCELLED_GROUP
		);

		Response response = _programPairsResource.propose(
			TestRequests.signedIn(_CURATOR.userId()), uriInfo, 2,
			new PairInput(7, List.of(15L, 16L)));

		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(
			response.getLocation()
		).hasToString(
			"http://localhost/api/v1/pairs/9"
		);
	}

	@Test
	void programPairsFilterByStatusAndTheCallersOwn() {
		when(
			_pairService.pairs(any(), any(), any())
		).thenReturn(
			new Page<>(List.of(), 0, new PageRequest(2, 5))
		);

		JsonNode page = JsonTrees.of(
			_programPairsResource.pairs(
				TestRequests.signedIn(_CURATOR.userId()), 2, "ACTIVE", "true", "2", "5"));

		verify(_programService).program(_CURATOR, 2);
		verify(
			_pairService
		).pairs(
			_CURATOR,
			new PairQuery(Optional.of(2L), Optional.of(PairStatus.ACTIVE), Optional.of(4L)),
			new PageRequest(2, 5)
		);
		assertThat(
			page.toString()
		).isEqualTo(
			"{\"items\":[],\"total\":0,\"page\":2,\"pageSize\":5}"
		);
	}

	@Test
	void myPairsAreThoseTheCallerTakesPartIn() {
		when(
			_pairService.pairs(any(), any(), any())
		).thenReturn(
			new Page<>(List.of(), 0, PageRequest.first())
		);

		_myPairsResource.pairs(TestRequests.signedIn(15), null, null, null);

		verify(
			_pairService
		).pairs(
			new Actor(15),
			new PairQuery(Optional.empty(), Optional.empty(), Optional.of(15L)),
			PageRequest.first()
		);
	}

	@Test
	void unknownStatusIsA400NamingTheParameter() {
		assertThatThrownBy(
			() -> _myPairsResource.pairs(TestRequests.signedIn(15), "OPEN", null, null)
		).isInstanceOfSatisfying(
			InvalidRequestException.class,
			invalidRequestException -> assertThat(invalidRequestException.field()).contains("status")
		);
	}

	private static Person _person(long userId, String screenName, String fullName) {
		return new Person(userId, screenName, fullName, "", "", List.of());
	}

	private static final Pair _CANCELLED_GROUP = new Pair(
		9, 2, 7, org.nastavnik.pairs.Response.ACCEPTED,
		List.of(
			new PairMember(15, org.nastavnik.pairs.Response.ACCEPTED),
			new PairMember(16, org.nastavnik.pairs.Response.DECLINED)),
		new PairState.Cancelled(Instant.parse("2026-11-23T08:15:00Z"), 4, "Наставник уволился"), 4,
		Instant.parse("2026-10-01T09:00:00Z"), 4);

	private static final Actor _CURATOR = new Actor(4);

	private final Directory _directory = mock(Directory.class);
	private final PairService _pairService = mock(PairService.class);
	private final MyPairsResource _myPairsResource = new MyPairsResource(_directory, _pairService);
	private final PairResource _pairResource = new PairResource(_directory, _pairService);
	private final ProgramService _programService = mock(ProgramService.class);
	private final ProgramPairsResource _programPairsResource = new ProgramPairsResource(
		_directory, _pairService, _programService);

}
