package org.nastavnik.liferay.internal.store.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.liferay.internal.PortalStubs;
import org.nastavnik.liferay.internal.store.StoreScope;
import org.nastavnik.liferay.model.impl.PairImpl;
import org.nastavnik.liferay.model.impl.PairMemberImpl;
import org.nastavnik.liferay.model.impl.ProgramImpl;
import org.nastavnik.liferay.service.PairLocalService;
import org.nastavnik.liferay.service.PairMemberLocalService;
import org.nastavnik.liferay.service.ProgramLocalService;
import org.nastavnik.liferay.service.persistence.PairMemberPersistence;
import org.nastavnik.liferay.service.persistence.PairPersistence;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.pairs.Response;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
public class LiferayPairStoreTest {

	@BeforeEach
	public void setUp() {
		PortalStubs.installTransactions();
		PortalStubs.installOrmFactories();

		_serviceContext = PortalStubs.serviceContext(_GROUP_ID, 1);

		when(_storeScope.groupId()).thenReturn(_GROUP_ID);
		when(_storeScope.serviceContext()).thenReturn(_serviceContext);

		ProgramImpl program = new ProgramImpl();

		program.setProgramId(_PROGRAM_ID);
		program.setGroupId(_GROUP_ID);

		when(_programLocalService.fetchProgram(_PROGRAM_ID)).thenReturn(program);

		// A tiny table of member rows, so that reads see what the store wrote.

		when(
			_pairMemberLocalService.addPairMember(
				anyLong(), anyLong(), anyLong(), anyLong(), anyString(), anyInt(),
				any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				PairMemberImpl pairMember = new PairMemberImpl();

				pairMember.setPairMemberId(500 + _pairMembers.size());
				pairMember.setPairId(invocation.getArgument(1));
				pairMember.setProgramId(invocation.getArgument(2));
				pairMember.setMenteeUserId(invocation.getArgument(3));
				pairMember.setResponse(invocation.getArgument(4));
				pairMember.setOpenInProgram(invocation.getArgument(5));

				_pairMembers.add(pairMember);

				return pairMember;
			}
		);
		when(
			_pairMemberLocalService.getPairMembers(any(long[].class))
		).thenAnswer(
			invocation -> _pairMembers
		);
		when(
			_pairMemberLocalService.fetchPairMember(anyLong(), anyLong())
		).thenAnswer(
			invocation -> _pairMembers.stream(
			).filter(
				pairMember -> pairMember.getMenteeUserId() == (long)invocation.getArgument(1)
			).findFirst(
			).orElse(
				null
			)
		);
		when(
			_pairMemberLocalService.fetchOpenPairMember(anyLong(), anyLong())
		).thenAnswer(
			invocation -> _pairMembers.stream(
			).filter(
				pairMember ->
					(pairMember.getMenteeUserId() == (long)invocation.getArgument(1)) &&
					(pairMember.getOpenInProgram() == 1)
			).findFirst(
			).orElse(
				null
			)
		);
		when(
			_pairLocalService.updatePair(any())
		).thenAnswer(
			invocation -> {
				org.nastavnik.liferay.model.Pair pair = invocation.getArgument(0);

				pair.setMvccVersion(pair.getMvccVersion() + 1);

				return pair;
			}
		);
	}

	@Test
	public void addsProposedPairWithPendingOpenMembersAtVersionOne() {
		_stubAddPair();

		Pair pair = _pairStore.add(_PROGRAM_ID, 10, List.of(21L, 20L), 5);

		assertThat(pair.version()).isEqualTo(1);
		assertThat(pair.mentorResponse()).isEqualTo(Response.PENDING);
		assertThat(
			pair.members()
		).containsExactly(
			new PairMember(21, Response.PENDING), new PairMember(20, Response.PENDING)
		);
		assertThat(pair.state()).isEqualTo(new PairState.Proposed(pair.createDate()));
		assertThat(pair.proposedByUserId()).isEqualTo(5);
		assertThat(_pairMembers).extracting("openInProgram").containsOnly(1);
		assertThat(_pairStore.hasOpenPair(_PROGRAM_ID, 20)).isTrue();
		assertThat(_pairStore.hasOpenPair(_PROGRAM_ID, 22)).isFalse();
	}

	@Test
	public void refusesPairInUnknownProgramOrProgramOfAnotherSite() {
		ProgramImpl otherSiteProgram = new ProgramImpl();

		otherSiteProgram.setProgramId(2);
		otherSiteProgram.setGroupId(_GROUP_ID + 1);

		when(_programLocalService.fetchProgram(2)).thenReturn(otherSiteProgram);

		for (long programId : new long[] {-1, 2}) {
			assertThatThrownBy(
				() -> _pairStore.add(programId, 10, List.of(20L), 5)
			).isInstanceOfSatisfying(
				NotFoundException.class,
				exception -> assertThat(exception.messageKey()).isEqualTo("program.not-found")
			);
		}
	}

	@Test
	public void refusesMenteeWithAnOpenPairInTheProgram() {
		_stubAddPair();

		_pairStore.add(_PROGRAM_ID, 10, List.of(20L), 5);

		assertThatThrownBy(
			() -> _pairStore.add(_PROGRAM_ID, 11, List.of(21L, 20L), 5)
		).isInstanceOfSatisfying(
			ConflictException.class,
			exception -> assertThat(
				exception.messageKey()
			).isEqualTo(
				"pair.mentee-has-open-pair"
			)
		);
	}

	@Test
	public void reportsTheUniqueIndexRefusingAConcurrentProposalAsAConflict() {
		_stubAddPair();

		doThrow(
			new com.liferay.portal.kernel.exception.SystemException(
				new java.sql.SQLIntegrityConstraintViolationException(
					"duplicate key", "23505"))
		).when(
			_pairMemberPersistence
		).flush();

		assertThatThrownBy(
			() -> _pairStore.add(_PROGRAM_ID, 10, List.of(20L), 5)
		).isInstanceOfSatisfying(
			ConflictException.class,
			exception -> assertThat(
				exception.messageKey()
			).isEqualTo(
				"pair.mentee-has-open-pair"
			)
		);
	}

	@ParameterizedTest
	@MethodSource("everyPairState")
	public void storesAndReadsEveryPairState(PairState state) {
		_stubAddPair();

		Pair pair = _pairStore.add(_PROGRAM_ID, 10, List.of(20L), 5);

		Pair stored = _pairStore.update(pair.withState(state));

		assertThat(stored.state()).isEqualTo(state);
		assertThat(stored.version()).isEqualTo(2);
		assertThat(_pairStore.find(pair.pairId()).orElseThrow().state()).isEqualTo(state);
		assertThat(_pairStore.hasOpenPair(_PROGRAM_ID, 20)).isEqualTo(state.isOpen());

		if (!state.isOpen()) {
			assertThat(_pairMembers.get(0).getOpenInProgram()).isNegative();
		}
	}

	@Test
	public void closedMembershipsCarryDistinctValuesThatAreNeverOpen() {
		assertThat(PairMapping.closed(500)).isEqualTo(-501);
		assertThat(PairMapping.closed(501)).isNotEqualTo(PairMapping.closed(500));
		assertThat(PairMapping.closed(Integer.MAX_VALUE)).isEqualTo(-1);
		assertThat(PairMapping.closed(Long.MAX_VALUE)).isNegative();
	}

	@Test
	public void declinedMembershipFreesTheMentee() {
		_stubAddPair();

		Pair pair = _pairStore.add(_PROGRAM_ID, 10, List.of(20L, 21L), 5);

		Pair declined = _pairStore.update(pair.withMemberResponse(20, Response.DECLINED));

		assertThat(declined.menteeUserIds()).containsExactly(21L);
		assertThat(_pairStore.hasOpenPair(_PROGRAM_ID, 20)).isFalse();
		assertThat(_pairStore.hasOpenPair(_PROGRAM_ID, 21)).isTrue();
	}

	@Test
	public void refusesUpdateOnStaleVersionAndOfUnknownPair() {
		_stubAddPair();

		Pair pair = _pairStore.add(_PROGRAM_ID, 10, List.of(20L), 5);

		_pairStore.update(pair.withMentorResponse(Response.ACCEPTED));

		assertThatThrownBy(
			() -> _pairStore.update(pair.withMemberResponse(20, Response.DECLINED))
		).isInstanceOfSatisfying(
			ConflictException.class,
			exception -> {
				assertThat(exception.messageKey()).isEqualTo("version.stale");
				assertThat(exception.field()).contains("version");
			}
		);
		assertThat(_pairStore.hasOpenPair(_PROGRAM_ID, 20)).isTrue();

		Pair unknown = new Pair(
			pair.pairId() + 1000, _PROGRAM_ID, 10, Response.PENDING, List.of(), pair.state(), 5,
			pair.createDate(), 1);

		assertThatThrownBy(
			() -> _pairStore.update(unknown)
		).isInstanceOfSatisfying(
			NotFoundException.class,
			exception -> assertThat(exception.messageKey()).isEqualTo("pair.not-found")
		);
	}

	@Test
	public void reportsAChangeMadeMeanwhileAsStale() {
		_stubAddPair();

		Pair pair = _pairStore.add(_PROGRAM_ID, 10, List.of(20L), 5);

		doThrow(
			PortalStubs.staleObjectStateFailure()
		).when(
			_pairPersistence
		).flush();

		assertThatThrownBy(
			() -> _pairStore.update(pair.withMentorResponse(Response.ACCEPTED))
		).isInstanceOf(
			ConflictException.class
		);
		verify(_pairMemberLocalService, never()).updatePairMember(any());
	}

	@Test
	public void pagesPairsOfTheSiteNewestFirstWithTotal() {
		DynamicQuery dynamicQuery = PortalStubs.dynamicQuery();

		when(_pairLocalService.dynamicQuery()).thenReturn(dynamicQuery);
		when(_pairMemberLocalService.dynamicQuery()).thenReturn(PortalStubs.dynamicQuery());
		when(
			_pairLocalService.<org.nastavnik.liferay.model.Pair>dynamicQuery(
				dynamicQuery, 20, 40)
		).thenReturn(
			List.of(_pair(1))
		);
		when(_pairLocalService.dynamicQueryCount(dynamicQuery)).thenReturn(21L);

		Page<Pair> page = _pairStore.find(
			new PairQuery(
				Optional.of(_PROGRAM_ID), Optional.of(PairStatus.PROPOSED), Optional.of(20L)),
			new PageRequest(2, 20));

		assertThat(page.total()).isEqualTo(21);
		assertThat(page.items()).extracting(Pair::pairId).containsExactly(300L);
		verify(_pairLocalService).dynamicQuery(dynamicQuery, 20, 40);
	}

	static Stream<PairState> everyPairState() {
		Instant since = Instant.parse("2026-11-23T08:15:00.123Z");

		return Stream.of(
			new PairState.Proposed(since), new PairState.Active(since),
			new PairState.Completed(since, 7, "Итоги года"),
			new PairState.Completed(since, 7, ""),
			new PairState.Cancelled(since, 5, "Наставник уволился"),
			new PairState.Declined(since, 20));
	}

	private PairImpl _pair(long mvccVersion) {
		PairImpl pair = new PairImpl();

		pair.setPairId(300);
		pair.setGroupId(_GROUP_ID);
		pair.setCreateDate(new Date(0));
		pair.setStatusDate(new Date(0));
		pair.setUserId(5);
		pair.setProgramId(_PROGRAM_ID);
		pair.setMentorUserId(10);
		pair.setMentorResponse(Response.PENDING.name());
		pair.setStatus(PairStatus.PROPOSED.name());
		pair.setStatusByUserId(5);
		pair.setMvccVersion(mvccVersion);

		return pair;
	}

	private void _stubAddPair() {
		when(
			_pairLocalService.addPair(
				eq(5L), eq(_PROGRAM_ID), anyLong(), eq(Response.PENDING.name()),
				eq(PairStatus.PROPOSED.name()), any(Date.class), eq(_serviceContext))
		).thenAnswer(
			invocation -> {
				PairImpl pair = _pair(1);

				pair.setMentorUserId(invocation.getArgument(2));
				pair.setCreateDate(invocation.getArgument(5));
				pair.setStatusDate(invocation.getArgument(5));

				when(_pairLocalService.fetchPair(300)).thenReturn(pair);

				return pair;
			}
		);
	}

	private static final long _GROUP_ID = 20121;

	private static final long _PROGRAM_ID = 40;

	@Mock
	private PairLocalService _pairLocalService;

	@Mock
	private PairMemberLocalService _pairMemberLocalService;

	private final List<PairMemberImpl> _pairMembers = new ArrayList<>();

	@Mock
	private PairMemberPersistence _pairMemberPersistence;

	@Mock
	private PairPersistence _pairPersistence;

	@InjectMocks
	private LiferayPairStore _pairStore;

	@Mock
	private ProgramLocalService _programLocalService;

	private ServiceContext _serviceContext;

	@Mock
	private StoreScope _storeScope;

}
