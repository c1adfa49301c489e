package org.nastavnik.core.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.nastavnik.core.FailureAssertions.assertFails;
import static org.nastavnik.core.pairs.PairLifecycleTest.CURATOR;
import static org.nastavnik.core.pairs.PairLifecycleTest.MENTEE_A;
import static org.nastavnik.core.pairs.PairLifecycleTest.MENTEE_B;
import static org.nastavnik.core.pairs.PairLifecycleTest.MENTOR;
import static org.nastavnik.core.pairs.PairLifecycleTest.NOW;
import static org.nastavnik.core.pairs.PairLifecycleTest._proposed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.nastavnik.access.AccessControl;
import org.nastavnik.core.DirectTransactions;
import org.nastavnik.access.Actor;
import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.failure.RuleViolationException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeStore;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorStore;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.pairs.PairCommand;
import org.nastavnik.pairs.PairProposal;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.pairs.PairStore;
import org.nastavnik.pairs.Response;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramStore;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PairServiceImplTest {

	@BeforeEach
	void setUp() {
		_transactions = new DirectTransactions();
		_pairService = new PairServiceImpl(
			_accessControl, _menteeStore, _mentorStore, _pairStore, _programStore,
			_transactions, Clock.fixed(NOW, ZoneOffset.UTC));

		when(
			_programStore.find(PROGRAM)
		).thenReturn(
			Optional.of(
				new Program(
					PROGRAM, "Шаг в профессию", "", LocalDate.of(2026, 9, 1),
					LocalDate.of(2027, 5, 31), List.of(CURATOR), CURATOR, NOW, 1))
		);
		when(
			_mentorStore.find(MENTOR)
		).thenReturn(
			Optional.of(
				new MentorProfile(MENTOR, List.of(), 2, Set.of(MeetingFormat.ONLINE), "", 0, 1))
		);
		when(
			_menteeStore.find(anyLong())
		).thenAnswer(
			invocation -> Optional.of(
				new MenteeProfile(
					invocation.getArgument(0), MenteeCategory.YOUNG_SPECIALIST, 1, 1, List.of(),
					1))
		);
		when(
			_pairStore.update(any())
		).thenAnswer(
			invocation -> _nextVersion(invocation.getArgument(0))
		);
	}

	@Test
	void aCuratorProposesAPairInOneTransactionReservingThePlaces() {
		when(_mentorStore.reserveSlots(MENTOR, 2)).thenReturn(true);
		when(
			_pairStore.add(PROGRAM, MENTOR, List.of(MENTEE_A, MENTEE_B), CURATOR)
		).thenReturn(
			_proposed(MENTEE_A, MENTEE_B)
		);

		Pair pair = _pairService.propose(
			CURATOR_ACTOR, PROGRAM, new PairProposal(MENTOR, List.of(MENTEE_A, MENTEE_B)));

		assertThat(pair.menteeUserIds()).containsExactly(MENTEE_A, MENTEE_B);
		assertThat(_transactions.started()).isEqualTo(1);
	}

	@Test
	void aManagerByRoleProposesInAnyProgram() {
		Actor manager = new Actor(5);

		when(_accessControl.isAllowed(manager, PairActions.MANAGE_PAIRS)).thenReturn(true);
		when(_mentorStore.reserveSlots(MENTOR, 1)).thenReturn(true);
		when(
			_pairStore.add(PROGRAM, MENTOR, List.of(MENTEE_A), 5)
		).thenReturn(
			_proposed(MENTEE_A)
		);

		assertThat(
			_pairService.propose(manager, PROGRAM, new PairProposal(MENTOR, List.of(MENTEE_A)))
		).isNotNull();
	}

	@Test
	void aMenteeCannotProposeAPairAndNothingIsReserved() {
		assertFails(
			() -> _pairService.propose(
				new Actor(MENTEE_A), PROGRAM, new PairProposal(MENTOR, List.of(MENTEE_A))),
			AccessDeniedException.class, "pair.propose.denied");

		verify(_mentorStore, never()).reserveSlots(anyLong(), anyInt());
		verify(_pairStore, never()).add(anyLong(), anyLong(), any(), anyLong());
	}

	@Test
	void aMentorWithoutFreePlacesIsRefusedWithTheNumbers() {
		when(_mentorStore.reserveSlots(MENTOR, 1)).thenReturn(false);

		ConflictException conflict = assertFails(
			() -> _pairService.propose(
				CURATOR_ACTOR, PROGRAM, new PairProposal(MENTOR, List.of(MENTEE_A))),
			ConflictException.class, "pair.mentor.full", "mentorUserId");

		assertThat(conflict.arguments()).containsExactly(2, 1);
		verify(_pairStore, never()).add(anyLong(), anyLong(), any(), anyLong());
	}

	@Test
	void aMenteeHasOneOpenPairPerProgram() {
		when(_pairStore.hasOpenPair(PROGRAM, MENTEE_A)).thenReturn(true);

		assertFails(
			() -> _pairService.propose(
				CURATOR_ACTOR, PROGRAM, new PairProposal(MENTOR, List.of(MENTEE_A))),
			ConflictException.class, "pair.mentee-has-open-pair", "menteeUserIds");

		verify(_mentorStore, never()).reserveSlots(anyLong(), anyInt());
	}

	@Test
	void theMentorMustBeInTheBankAndTheMenteesInTheRegistry() {
		when(_mentorStore.find(77)).thenReturn(Optional.empty());
		when(_menteeStore.find(78)).thenReturn(Optional.empty());

		assertFails(
			() -> _pairService.propose(
				CURATOR_ACTOR, PROGRAM, new PairProposal(77, List.of(MENTEE_A))),
			RuleViolationException.class, "mentor.not-found", "mentorUserId");
		assertFails(
			() -> _pairService.propose(
				CURATOR_ACTOR, PROGRAM, new PairProposal(MENTOR, List.of(78L))),
			RuleViolationException.class, "mentee.not-found", "menteeUserIds");
	}

	@Test
	void aProposalNamesMenteesOnceAndNotTheMentor() {
		assertFails(
			() -> _pairService.propose(CURATOR_ACTOR, PROGRAM, new PairProposal(MENTOR, null)),
			InvalidInputException.class, "pair.mentees.required", "menteeUserIds");
		assertFails(
			() -> _pairService.propose(
				CURATOR_ACTOR, PROGRAM, new PairProposal(MENTOR, List.of(MENTEE_A, MENTEE_A))),
			InvalidInputException.class, "pair.mentee.duplicate", "menteeUserIds");
		assertFails(
			() -> _pairService.propose(
				CURATOR_ACTOR, PROGRAM, new PairProposal(MENTOR, List.of(MENTOR))),
			InvalidInputException.class, "pair.mentor.is-mentee", "mentorUserId");
	}

	@Test
	void anUnknownProgramIsNotFound() {
		assertFails(
			() -> _pairService.propose(
				CURATOR_ACTOR, 404, new PairProposal(MENTOR, List.of(MENTEE_A))),
			NotFoundException.class, "program.not-found");
	}

	@Test
	void theLastAcceptanceActivatesThePairAndKeepsItsPlaces() {
		_stored(PairLifecycle.respond(_proposed(MENTEE_A), MENTOR, Response.ACCEPTED, NOW));

		Pair pair = _pairService.accept(new Actor(MENTEE_A), 1, Optional.of(1L));

		assertThat(pair.state().status()).isEqualTo(PairStatus.ACTIVE);
		assertThat(pair.version()).isEqualTo(2);
		verify(_mentorStore, never()).releaseSlots(anyLong(), anyInt());
	}

	@Test
	void aDecliningMentorGivesBackEveryPlaceOfTheProposal() {
		_stored(_proposed(MENTEE_A, MENTEE_B));

		Pair pair = _pairService.decline(new Actor(MENTOR), 1, Optional.empty());

		assertThat(pair.state().status()).isEqualTo(PairStatus.DECLINED);
		verify(_mentorStore).releaseSlots(MENTOR, 2);
	}

	@Test
	void aStaleVersionIsRefusedAndNothingIsWritten() {
		_stored(_proposed(MENTEE_A));

		assertFails(
			() -> _pairService.accept(new Actor(MENTOR), 1, Optional.of(0L)),
			ConflictException.class, "version.stale", "version");

		verify(_pairStore, never()).update(any());
	}

	@Test
	void anAnswerWithoutVersionIsReappliedAfterAConcurrentAnswer() {
		Pair proposed = _proposed(MENTEE_A);
		Pair answeredByMentee = _nextVersion(
			PairLifecycle.respond(proposed, MENTEE_A, Response.ACCEPTED, NOW));

		when(
			_pairStore.find(1)
		).thenReturn(
			Optional.of(proposed), Optional.of(answeredByMentee)
		);
		doThrow(
			ConflictException.forField("version", "version.stale")
		).doAnswer(
			invocation -> _nextVersion(invocation.getArgument(0))
		).when(
			_pairStore
		).update(
			any()
		);

		Pair pair = _pairService.accept(new Actor(MENTOR), 1, Optional.empty());

		assertThat(pair.state().status()).isEqualTo(PairStatus.ACTIVE);
		assertThat(pair.version()).isEqualTo(3);
	}

	@Test
	void onlyACuratorCancelsAndGivesAReason() {
		_stored(_proposed(MENTEE_A));

		assertFails(
			() -> _pairService.cancel(new Actor(MENTOR), 1, 1, "Не сошлись графиками"),
			AccessDeniedException.class, "pair.manage.denied");
		assertFails(
			() -> _pairService.cancel(CURATOR_ACTOR, 1, 1, "  "),
			InvalidInputException.class, "pair.reason.required", "reason");

		Pair pair = _pairService.cancel(CURATOR_ACTOR, 1, 1, "Не сошлись графиками");

		assertThat(pair.state()).isEqualTo(
			new PairState.Cancelled(NOW, CURATOR, "Не сошлись графиками"));
		verify(_mentorStore).releaseSlots(MENTOR, 1);
	}

	@Test
	void theMentorCompletesAnActivePairButAMenteeCannot() {
		_stored(_proposed(MENTEE_A).withState(new PairState.Active(NOW)));

		assertFails(
			() -> _pairService.complete(new Actor(MENTEE_A), 1, 1, ""),
			AccessDeniedException.class, "pair.manage.denied");

		Pair pair = _pairService.complete(new Actor(MENTOR), 1, 1, "Урок открыт");

		assertThat(pair.state().status()).isEqualTo(PairStatus.COMPLETED);
		verify(_mentorStore).releaseSlots(MENTOR, 1);
	}

	@Test
	void aPairIsHiddenFromPeopleOutsideIt() {
		_stored(_proposed(MENTEE_A));

		assertFails(
			() -> _pairService.pair(new Actor(99), 1), NotFoundException.class,
			"pair.not-found");
		assertThat(_pairService.pair(new Actor(MENTEE_A), 1).pairId()).isEqualTo(1);
	}

	@Test
	void peopleWhoDoNotManageAProgramListOnlyTheirOwnPairs() {
		Page<Pair> empty = new Page<>(List.of(), 0, PageRequest.first());

		when(_pairStore.find(any(PairQuery.class), any())).thenReturn(empty);

		_pairService.pairs(new Actor(MENTEE_A), PairQuery.ofProgram(PROGRAM), PageRequest.first());
		_pairService.pairs(CURATOR_ACTOR, PairQuery.ofProgram(PROGRAM), PageRequest.first());

		verify(
			_pairStore
		).find(
			PairQuery.ofProgram(PROGRAM).withParticipant(MENTEE_A), PageRequest.first()
		);
		verify(_pairStore).find(PairQuery.ofProgram(PROGRAM), PageRequest.first());
	}

	@Test
	void commandsOfferWhatEachPersonMayDoNow() {
		Pair proposed = _proposed(MENTEE_A);
		Pair active = proposed.withState(new PairState.Active(NOW));

		assertThat(
			_pairService.commands(new Actor(MENTOR), proposed)
		).containsExactly(
			PairCommand.ACCEPT, PairCommand.DECLINE
		);
		assertThat(
			_pairService.commands(CURATOR_ACTOR, proposed)
		).containsExactly(
			PairCommand.CANCEL
		);
		assertThat(
			_pairService.commands(CURATOR_ACTOR, active)
		).containsExactly(
			PairCommand.COMPLETE, PairCommand.CANCEL
		);
		assertThat(
			_pairService.commands(new Actor(MENTOR), active)
		).containsExactly(
			PairCommand.COMPLETE
		);
		assertThat(_pairService.commands(new Actor(MENTEE_A), active)).isEmpty();
	}

	private static Pair _nextVersion(Pair pair) {
		return new Pair(
			pair.pairId(), pair.programId(), pair.mentorUserId(), pair.mentorResponse(),
			pair.members(), pair.state(), pair.proposedByUserId(), pair.createDate(),
			pair.version() + 1);
	}

	private void _stored(Pair pair) {
		when(_pairStore.find(pair.pairId())).thenReturn(Optional.of(pair));
	}

	private static final Actor CURATOR_ACTOR = new Actor(CURATOR);

	private static final long PROGRAM = 10;

	@Mock
	private AccessControl _accessControl;

	@Mock
	private MenteeStore _menteeStore;

	@Mock
	private MentorStore _mentorStore;

	private PairServiceImpl _pairService;

	@Mock
	private PairStore _pairStore;

	@Mock
	private ProgramStore _programStore;

	private DirectTransactions _transactions;

}
