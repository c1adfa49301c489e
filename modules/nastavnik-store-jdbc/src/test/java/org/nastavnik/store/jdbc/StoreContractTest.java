package org.nastavnik.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NastavnikException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeProfileDraft;
import org.nastavnik.pairs.MenteeQuery;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorProfileDraft;
import org.nastavnik.pairs.MentorQuery;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.pairs.Response;
import org.nastavnik.pairs.Strength;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramDraft;
import org.nastavnik.store.jdbc.competency.JdbcCompetencyStore;
import org.nastavnik.store.jdbc.pairs.JdbcMenteeStore;
import org.nastavnik.store.jdbc.pairs.JdbcMentorStore;
import org.nastavnik.store.jdbc.pairs.JdbcPairStore;
import org.nastavnik.store.jdbc.program.JdbcProgramStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every database the stores run on must do. Each subclass runs it against one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoreContractTest {

	@Test
	public void appliesEachMigrationOnceAndNothingOnRestart() throws Exception {
		DatabaseSettings settings = newDatabase("restart");

		try (JdbcDatabase first = new JdbcDatabase(settings)) {
			assertThat(
				first.appliedMigrations()
			).isEqualTo(
				new Migrations().migrations()
			);
		}

		try (JdbcDatabase second = new JdbcDatabase(settings)) {
			assertThat(second.appliedMigrations()).isEmpty();
			assertThat(
				_count(second, "Nastavnik_SchemaVersion")
			).isEqualTo(
				new Migrations().migrations().size()
			);
		}
	}

	@Test
	public void addsOnlyCompetenciesWhoseCodeIsMissing() {
		_competencyStore.addMissing(
			List.of(
				_competency("LESSON_PLANNING", 1), _competency("NEW_ONE", 0),
				_competency("NEW_ONE", 5)));

		List<Competency> competencies = _competencyStore.findAll();

		assertThat(
			competencies
		).extracting(
			Competency::code
		).containsExactly(
			"NEW_ONE", "LESSON_PLANNING", "ASSESSMENT", "INCLUSION"
		);
		assertThat(competencies.get(1).name().ru()).isEqualTo("LESSON_PLANNING (ru)");
	}

	@Test
	public void addsCompetencyOnceWhenAnotherNodeAddsItMeanwhile() throws Exception {
		CountDownLatch added = new CountDownLatch(1);
		CountDownLatch seeding = new CountDownLatch(1);

		List<Object> outcomes = _race(
			2,
			i -> {
				if (i == 0) {
					_transactions.required(
						() -> {
							_competencyStore.addMissing(List.of(_competency("RACED", 10)));

							added.countDown();

							_await(seeding);

							// Commits only after the other node has run into the uncommitted row.

							_sleep(500);
						});
				}
				else {
					_await(added);

					seeding.countDown();

					_competencyStore.addMissing(
						List.of(_competency("RACED", 10), _competency("AFTER_RACED", 11)));
				}
			});

		assertThat(outcomes).containsOnly(_SUCCESS);
		assertThat(
			_competencyStore.findAll()
		).extracting(
			Competency::code
		).containsExactly(
			"LESSON_PLANNING", "ASSESSMENT", "INCLUSION", "RACED", "AFTER_RACED"
		);
	}

	@Test
	public void addsProgramAtVersionOneWithItsCurators() {
		Program program = _programStore.add(
			new ProgramDraft(
				"Школа молодого педагога", "", LocalDate.of(2026, 9, 1),
				LocalDate.of(2027, 5, 31), List.of(7L, 3L, 7L)),
			5);

		assertThat(program.version()).isEqualTo(1);
		assertThat(program.curatorUserIds()).containsExactly(7L, 3L);
		assertThat(program.createdByUserId()).isEqualTo(5);
		assertThat(
			program.createDate()
		).isCloseTo(
			Instant.now(), within(1, ChronoUnit.MINUTES)
		);
		assertThat(_programStore.find(program.programId())).contains(program);
		assertThat(_programStore.find(program.programId() + 1000)).isEmpty();
	}

	@Test
	public void knowsWhoCuratesAnyProgram() {
		assertThat(_programStore.isCuratorOfAny(9_001)).isFalse();

		_programStore.add(
			new ProgramDraft(
				"Флеш-наставничество", "", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
				List.of(9_001L)),
			5);

		assertThat(_programStore.isCuratorOfAny(9_001)).isTrue();
		assertThat(_programStore.isCuratorOfAny(9_002)).isFalse();
	}

	@Test
	public void refusesProgramEndingBeforeItStarts() {
		assertThatThrownBy(
			() -> _programStore.add(
				new ProgramDraft(
					"Backwards", "", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31),
					List.of()),
				5)
		).isInstanceOfSatisfying(
			InvalidInputException.class,
			exception -> assertThat(exception.messageKey()).isEqualTo("program.dates.order")
		);
	}

	@Test
	public void pagesProgramsLatestStartFirstWithTheirTotal() {
		for (int month = 1; month <= 5; month++) {
			_program(LocalDate.of(2026, month, 1));
		}

		Page<Program> page = _programStore.find(new PageRequest(2, 2));

		assertThat(page.total()).isEqualTo(5);
		assertThat(
			page.items()
		).extracting(
			Program::startDate
		).containsExactly(
			LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)
		);
		assertThat(_programStore.find(new PageRequest(3, 2)).items()).hasSize(1);
	}

	@Test
	public void addsMentorAtVersionOneWithNoPlacesReserved() {
		MentorProfile mentor = _mentorStore.add(
			10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE, MeetingFormat.IN_PERSON)));

		assertThat(mentor.userId()).isEqualTo(10);
		assertThat(mentor.version()).isEqualTo(1);
		assertThat(mentor.reservedSlots()).isZero();
		assertThat(mentor.capacity()).isEqualTo(3);
		assertThat(mentor.formats()).containsExactlyInAnyOrder(MeetingFormat.values());
		assertThat(
			mentor.strengths()
		).containsExactly(
			new Strength(_competencyId("ASSESSMENT"), 5),
			new Strength(_competencyId("LESSON_PLANNING"), 3)
		);
		assertThat(mentor.bio()).isEqualTo("Учитель математики");
		assertThat(_mentorStore.find(10)).contains(mentor);
		assertThat(_mentorStore.find(11)).isEmpty();
	}

	@Test
	public void refusesSecondMentorProfileOfAPerson() {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));

		_assertFailure(
			() -> _mentorStore.add(10, _mentorDraft(2, Set.of(MeetingFormat.ONLINE))),
			ConflictException.class, "mentor.exists", Optional.empty());
	}

	@Test
	public void refusesMentorStrengthInUnknownCompetency() {
		_assertFailure(
			() -> _mentorStore.add(
				10,
				new MentorProfileDraft(
					List.of(new Strength(-1, 2)), 2, Set.of(MeetingFormat.ONLINE), "")),
			NotFoundException.class, "competency.not-found", Optional.of("strengths"));

		assertThat(_mentorStore.find(10)).isEmpty();
	}

	@Test
	public void updatesMentorAndIncrementsVersion() {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));

		MentorProfile updated = _mentorStore.update(
			10,
			new MentorProfileDraft(
				List.of(new Strength(_competencyId("INCLUSION"), 4)), 5,
				Set.of(MeetingFormat.IN_PERSON), "Новый текст"),
			1);

		assertThat(updated.version()).isEqualTo(2);
		assertThat(updated.capacity()).isEqualTo(5);
		assertThat(updated.formats()).containsExactly(MeetingFormat.IN_PERSON);
		assertThat(
			updated.strengths()
		).containsExactly(
			new Strength(_competencyId("INCLUSION"), 4)
		);
		assertThat(updated.bio()).isEqualTo("Новый текст");
		assertThat(_mentorStore.find(10)).contains(updated);
	}

	@Test
	public void refusesMentorUpdateOnStaleVersion() {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));
		_mentorStore.update(10, _mentorDraft(4, Set.of(MeetingFormat.ONLINE)), 1);

		_assertFailure(
			() -> _mentorStore.update(10, _mentorDraft(5, Set.of(MeetingFormat.ONLINE)), 1),
			ConflictException.class, "version.stale", Optional.of("version"));

		assertThat(_mentorStore.find(10).orElseThrow().capacity()).isEqualTo(4);
	}

	@Test
	public void refusesUpdateOfUnknownMentor() {
		_assertFailure(
			() -> _mentorStore.update(99, _mentorDraft(5, Set.of(MeetingFormat.ONLINE)), 1),
			NotFoundException.class, "mentor.not-found", Optional.empty());
	}

	@Test
	public void refusesCapacityBelowReservedPlaces() {
		_mentorStore.add(10, _mentorDraft(5, Set.of(MeetingFormat.ONLINE)));
		_mentorStore.reserveSlots(10, 3);

		_assertFailure(
			() -> _mentorStore.update(10, _mentorDraft(2, Set.of(MeetingFormat.ONLINE)), 1),
			ConflictException.class, "mentor.capacity.below-reserved", Optional.of("capacity"));

		assertThat(
			_mentorStore.update(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)), 1).capacity()
		).isEqualTo(
			3
		);
	}

	@Test
	public void reservesPlacesOnlyWithinCapacity() {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));

		assertThat(_mentorStore.reserveSlots(10, 2)).isTrue();
		assertThat(_mentorStore.reserveSlots(10, 2)).isFalse();
		assertThat(_mentorStore.reserveSlots(10, 1)).isTrue();
		assertThat(_mentorStore.reserveSlots(10, 1)).isFalse();

		MentorProfile mentor = _mentorStore.find(10).orElseThrow();

		assertThat(mentor.reservedSlots()).isEqualTo(3);
		assertThat(mentor.freeSlots()).isZero();
		assertThat(mentor.version()).isEqualTo(1);
	}

	@Test
	public void refusesToReserveForUnknownMentor() {
		_assertFailure(
			() -> _mentorStore.reserveSlots(99, 1), NotFoundException.class, "mentor.not-found",
			Optional.empty());
	}

	@Test
	public void releasesReservedPlaces() {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));
		_mentorStore.reserveSlots(10, 3);

		_mentorStore.releaseSlots(10, 2);

		assertThat(_mentorStore.find(10).orElseThrow().reservedSlots()).isEqualTo(1);
		assertThatThrownBy(
			() -> _mentorStore.releaseSlots(10, 2)
		).isInstanceOf(
			IllegalStateException.class
		);
		assertThat(_mentorStore.find(10).orElseThrow().reservedSlots()).isEqualTo(1);
	}

	@Test
	public void databaseItselfKeepsReservedPlacesWithinCapacity() {
		_mentorStore.add(10, _mentorDraft(2, Set.of(MeetingFormat.ONLINE)));

		assertThatThrownBy(
			() -> _transactions.run(
				"overbook a mentor",
				connection -> {
					try (Statement statement = connection.createStatement()) {
						statement.executeUpdate(
							"UPDATE Nastavnik_MentorProfile SET reservedSlots = 3 WHERE " +
								"userId = 10");
					}
				})
		).isInstanceOf(
			DataAccessException.class
		).cause(
		).isInstanceOfSatisfying(
			SQLException.class,
			sqlException -> assertThat(
				ConstraintViolation.CHECK.isViolatedBy(sqlException)
			).isTrue()
		);
	}

	@Test
	public void findsMentorsByCompetencyFormatAndFreePlacesInTheOrderAdded() {
		long inclusion = _competencyId("INCLUSION");

		_mentorStore.add(
			10,
			new MentorProfileDraft(
				List.of(new Strength(inclusion, 3)), 1, Set.of(MeetingFormat.ONLINE), ""));
		_mentorStore.add(
			11,
			new MentorProfileDraft(
				List.of(new Strength(inclusion, 2)), 2,
				Set.of(MeetingFormat.ONLINE, MeetingFormat.IN_PERSON), ""));
		_mentorStore.add(12, _mentorDraft(2, Set.of(MeetingFormat.IN_PERSON)));
		_mentorStore.reserveSlots(10, 1);

		assertThat(
			_userIds(_mentorStore.find(MentorQuery.all(), PageRequest.first()).items())
		).containsExactly(
			10L, 11L, 12L
		);
		assertThat(
			_userIds(
				_mentorStore.find(
					new MentorQuery(Optional.of(inclusion), Optional.empty(), false),
					PageRequest.first()
				).items())
		).containsExactly(
			10L, 11L
		);
		assertThat(
			_userIds(
				_mentorStore.find(
					new MentorQuery(Optional.empty(), Optional.of(MeetingFormat.IN_PERSON), false),
					PageRequest.first()
				).items())
		).containsExactly(
			11L, 12L
		);

		Page<MentorProfile> available = _mentorStore.find(
			new MentorQuery(Optional.of(inclusion), Optional.of(MeetingFormat.ONLINE), true),
			new PageRequest(1, 1));

		assertThat(_userIds(available.items())).containsExactly(11L);
		assertThat(available.total()).isEqualTo(1);
		assertThat(
			available.items().get(0).strengths()
		).containsExactly(
			new Strength(inclusion, 2)
		);
	}

	@Test
	public void addsFindsAndUpdatesMentees() {
		long planning = _competencyId("LESSON_PLANNING");
		long inclusion = _competencyId("INCLUSION");

		MenteeProfile mentee = _menteeStore.add(
			20, new MenteeProfileDraft(MenteeCategory.YOUNG_SPECIALIST, 1, 3, List.of(planning)));

		assertThat(mentee.version()).isEqualTo(1);
		assertThat(mentee.supportNeeds()).containsExactly(planning);
		assertThat(_menteeStore.find(20)).contains(mentee);

		MenteeProfile updated = _menteeStore.update(
			20,
			new MenteeProfileDraft(
				MenteeCategory.OTHER, 2, 4, List.of(inclusion, planning)),
			1);

		assertThat(
			updated
		).isEqualTo(
			new MenteeProfile(20, MenteeCategory.OTHER, 2, 4, List.of(inclusion, planning), 2)
		);
		assertThat(_menteeStore.find(20)).contains(updated);
	}

	@Test
	public void refusesSecondMenteeProfileStaleVersionAndUnknownMentee() {
		_menteeStore.add(
			20, new MenteeProfileDraft(MenteeCategory.YOUNG_SPECIALIST, 1, 3, List.of()));

		_assertFailure(
			() -> _menteeStore.add(
				20, new MenteeProfileDraft(MenteeCategory.OTHER, 1, 3, List.of())),
			ConflictException.class, "mentee.exists", Optional.empty());
		_assertFailure(
			() -> _menteeStore.update(
				20, new MenteeProfileDraft(MenteeCategory.OTHER, 1, 3, List.of()), 2),
			ConflictException.class, "version.stale", Optional.of("version"));
		_assertFailure(
			() -> _menteeStore.update(
				21, new MenteeProfileDraft(MenteeCategory.OTHER, 1, 3, List.of()), 1),
			NotFoundException.class, "mentee.not-found", Optional.empty());
	}

	@Test
	public void findsMenteesByCategoryAndOrganization() {
		_menteeStore.add(
			20, new MenteeProfileDraft(MenteeCategory.YOUNG_SPECIALIST, 1, 3, List.of()));
		_menteeStore.add(
			21, new MenteeProfileDraft(MenteeCategory.NEW_DEPUTY_HEAD, 9, 3, List.of()));
		_menteeStore.add(
			22, new MenteeProfileDraft(MenteeCategory.YOUNG_SPECIALIST, 0, 4, List.of()));

		assertThat(
			_menteeStore.find(
				new MenteeQuery(Optional.of(MenteeCategory.YOUNG_SPECIALIST), Optional.empty()),
				PageRequest.first()
			).items()
		).extracting(
			MenteeProfile::userId
		).containsExactly(
			20L, 22L
		);

		Page<MenteeProfile> page = _menteeStore.find(
			new MenteeQuery(Optional.empty(), Optional.of(3L)), new PageRequest(2, 1));

		assertThat(page.total()).isEqualTo(2);
		assertThat(page.items()).extracting(MenteeProfile::userId).containsExactly(21L);
	}

	@Test
	public void addsProposedPairWithPendingMembersAtVersionOne() {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();

		Pair pair = _pairStore.add(programId, 10, List.of(21L, 20L), 5);

		assertThat(pair.version()).isEqualTo(1);
		assertThat(pair.mentorResponse()).isEqualTo(Response.PENDING);
		assertThat(
			pair.members()
		).containsExactly(
			new PairMember(21, Response.PENDING), new PairMember(20, Response.PENDING)
		);
		assertThat(pair.state()).isInstanceOf(PairState.Proposed.class);
		assertThat(pair.state().since()).isEqualTo(pair.createDate());
		assertThat(pair.proposedByUserId()).isEqualTo(5);
		assertThat(_pairStore.find(pair.pairId())).contains(pair);
		assertThat(_pairStore.hasOpenPair(programId, 20)).isTrue();
		assertThat(_pairStore.hasOpenPair(programId, 22)).isFalse();
	}

	@Test
	public void refusesPairInUnknownProgram() {
		_assertFailure(
			() -> _pairStore.add(-1, 10, List.of(20L), 5), NotFoundException.class,
			"program.not-found", Optional.empty());
	}

	@Test
	public void holdsEachMenteeToOneOpenPairPerProgram() {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();
		long otherProgramId = _program(LocalDate.of(2026, 10, 1)).programId();

		_pairStore.add(programId, 10, List.of(20L), 5);

		_assertFailure(
			() -> _pairStore.add(programId, 11, List.of(21L, 20L), 5), ConflictException.class,
			"pair.mentee-has-open-pair", Optional.empty());

		assertThat(
			_pairStore.find(PairQuery.ofProgram(programId), PageRequest.first()).total()
		).isEqualTo(
			1
		);
		assertThat(_pairStore.hasOpenPair(programId, 21)).isFalse();
		assertThat(_pairStore.add(otherProgramId, 11, List.of(20L), 5).members()).hasSize(1);
	}

	@Test
	public void declinedMembershipFreesTheMentee() {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();

		Pair pair = _pairStore.add(programId, 10, List.of(20L, 21L), 5);

		Pair declined = _pairStore.update(pair.withMemberResponse(20, Response.DECLINED));

		assertThat(declined.version()).isEqualTo(2);
		assertThat(declined.menteeUserIds()).containsExactly(21L);
		assertThat(_pairStore.hasOpenPair(programId, 20)).isFalse();
		assertThat(_pairStore.hasOpenPair(programId, 21)).isTrue();
		assertThat(_pairStore.add(programId, 11, List.of(20L), 5).members()).hasSize(1);
	}

	@Test
	public void closedPairFreesItsMentees() {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();

		Pair pair = _pairStore.add(programId, 10, List.of(20L), 5);

		pair = _pairStore.update(
			pair.withMentorResponse(
				Response.ACCEPTED
			).withMemberResponse(
				20, Response.ACCEPTED
			).withState(
				new PairState.Active(Instant.now())
			));

		assertThat(_pairStore.hasOpenPair(programId, 20)).isTrue();

		_pairStore.update(pair.withState(new PairState.Completed(Instant.now(), 5, "Итоги")));

		assertThat(_pairStore.hasOpenPair(programId, 20)).isFalse();
		assertThat(_pairStore.add(programId, 11, List.of(20L), 5).state().isOpen()).isTrue();
	}

	@Test
	public void reopeningAClosedMembershipOfAnOtherwisePairedMenteeIsRefused() {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();

		Pair first = _pairStore.add(programId, 10, List.of(20L), 5);

		Pair cancelled = _pairStore.update(
			first.withState(new PairState.Cancelled(Instant.now(), 5, "Ошибка")));

		_pairStore.add(programId, 11, List.of(20L), 5);

		_assertFailure(
			() -> _pairStore.update(cancelled.withState(new PairState.Proposed(Instant.now()))),
			ConflictException.class, "pair.mentee-has-open-pair", Optional.empty());
	}

	@ParameterizedTest
	@MethodSource("everyPairState")
	public void storesAndReadsEveryPairState(PairState state) {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();

		Pair pair = _pairStore.add(programId, 10, List.of(20L), 5);

		Pair stored = _pairStore.update(pair.withState(state));

		assertThat(stored.state()).isEqualTo(state);
		assertThat(_pairStore.find(pair.pairId()).orElseThrow().state()).isEqualTo(state);
		assertThat(_pairStore.hasOpenPair(programId, 20)).isEqualTo(state.isOpen());
	}

	@Test
	public void refusesPairUpdateOnStaleVersionAndOfUnknownPair() {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();

		Pair pair = _pairStore.add(programId, 10, List.of(20L), 5);

		_pairStore.update(pair.withMentorResponse(Response.ACCEPTED));

		_assertFailure(
			() -> _pairStore.update(pair.withMemberResponse(20, Response.DECLINED)),
			ConflictException.class, "version.stale", Optional.of("version"));
		assertThat(_pairStore.hasOpenPair(programId, 20)).isTrue();

		Pair unknown = new Pair(
			pair.pairId() + 1000, programId, 10, Response.PENDING, List.of(), pair.state(), 5,
			pair.createDate(), 1);

		_assertFailure(
			() -> _pairStore.update(unknown), NotFoundException.class, "pair.not-found",
			Optional.empty());
	}

	@Test
	public void findsPairsByProgramStatusAndParticipantNewestFirst() {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();
		long otherProgramId = _program(LocalDate.of(2026, 10, 1)).programId();

		Pair first = _pairStore.add(programId, 10, List.of(20L), 5);
		Pair second = _pairStore.add(programId, 11, List.of(21L, 22L), 5);
		Pair third = _pairStore.add(otherProgramId, 10, List.of(23L), 5);

		_pairStore.update(second.withState(new PairState.Active(Instant.now())));

		assertThat(
			_pairIds(_pairStore.find(PairQuery.ofProgram(programId), PageRequest.first()))
		).containsExactly(
			second.pairId(), first.pairId()
		);
		assertThat(
			_pairIds(
				_pairStore.find(
					new PairQuery(Optional.empty(), Optional.empty(), Optional.of(10L)),
					PageRequest.first()))
		).containsExactly(
			third.pairId(), first.pairId()
		);
		assertThat(
			_pairIds(
				_pairStore.find(
					PairQuery.ofProgram(programId).withParticipant(22),
					PageRequest.first()))
		).containsExactly(
			second.pairId()
		);
		assertThat(
			_pairIds(
				_pairStore.find(
					new PairQuery(
						Optional.of(programId), Optional.of(PairStatus.PROPOSED), Optional.empty()),
					PageRequest.first()))
		).containsExactly(
			first.pairId()
		);

		Page<Pair> page = _pairStore.find(
			new PairQuery(Optional.empty(), Optional.empty(), Optional.empty()),
			new PageRequest(2, 2));

		assertThat(page.total()).isEqualTo(3);
		assertThat(_pairIds(page)).containsExactly(first.pairId());
		assertThat(
			page.items().get(0).members()
		).containsExactly(
			new PairMember(20, Response.PENDING)
		);
	}

	@Test
	public void rollsBackEveryStatementOfWorkThatFails() {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));

		RuntimeException failure = new RuntimeException("stop");

		assertThatThrownBy(
			() -> _transactions.required(
				() -> {
					_mentorStore.reserveSlots(10, 2);
					_menteeStore.add(
						20, new MenteeProfileDraft(MenteeCategory.OTHER, 1, 3, List.of()));

					throw failure;
				})
		).isSameAs(
			failure
		);

		assertThat(_mentorStore.find(10).orElseThrow().reservedSlots()).isZero();
		assertThat(_menteeStore.find(20)).isEmpty();
	}

	@Test
	public void nestedWorkJoinsTheOuterTransaction() {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));

		_transactions.required(
			() -> {
				_mentorStore.reserveSlots(10, 2);

				assertThat(
					_transactions.required(
						() -> _mentorStore.find(10).orElseThrow().reservedSlots())
				).isEqualTo(
					2
				);
				assertThat(_reservedSlotsSeenByAnotherTransaction(10)).isZero();
			});

		assertThat(_reservedSlotsSeenByAnotherTransaction(10)).isEqualTo(2);
	}

	@Test
	public void failureOfNestedWorkRollsBackTheOuterWorkThatCaughtIt() {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));

		assertThatThrownBy(
			() -> _transactions.required(
				() -> {
					_mentorStore.reserveSlots(10, 1);

					try {
						_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));
					}
					catch (ConflictException conflictException) {

						// Caught deliberately: the transaction must still not commit.

					}
				})
		).isInstanceOf(
			IllegalStateException.class
		);

		assertThat(_mentorStore.find(10).orElseThrow().reservedSlots()).isZero();
	}

	@Test
	public void fiftyConcurrentProposalsFillExactlyTheMentorsCapacity() throws Exception {
		long programId = _program(LocalDate.of(2026, 9, 1)).programId();

		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));

		List<Object> outcomes = _race(
			50,
			i -> _transactions.required(
				() -> {
					if (!_mentorStore.reserveSlots(10, 1)) {
						throw new ConflictException("pair.mentor.full", 0, 1);
					}

					_pairStore.add(programId, 10, List.of(100L + i), 5);
				}));

		assertThat(outcomes.stream().filter(outcome -> outcome == _SUCCESS)).hasSize(3);
		assertThat(
			outcomes
		).allMatch(
			outcome -> (outcome == _SUCCESS) || (outcome instanceof ConflictException)
		);
		assertThat(
			_pairStore.find(PairQuery.ofProgram(programId), PageRequest.first()).total()
		).isEqualTo(
			3
		);
		assertThat(_mentorStore.find(10).orElseThrow().reservedSlots()).isEqualTo(3);
	}

	@Test
	public void twentyConcurrentUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
		_mentorStore.add(10, _mentorDraft(3, Set.of(MeetingFormat.ONLINE)));

		List<Object> outcomes = _race(
			20,
			i -> _mentorStore.update(
				10, _mentorDraft(1 + (i % 10), Set.of(MeetingFormat.ONLINE)), 1));

		assertThat(outcomes.stream().filter(outcome -> outcome == _SUCCESS)).hasSize(1);
		assertThat(
			outcomes.stream().filter(outcome -> outcome != _SUCCESS)
		).hasSize(
			19
		).allSatisfy(
			outcome -> assertThat(
				outcome
			).isInstanceOfSatisfying(
				ConflictException.class,
				exception -> assertThat(exception.field()).contains("version"))
		);
		assertThat(_mentorStore.find(10).orElseThrow().version()).isEqualTo(2);
	}

	@Test
	public void twoNodesStartingAtOnceBothStartAndMigrateOnce() throws Exception {
		DatabaseSettings settings = newDatabase("cluster");
		List<JdbcDatabase> nodes = new ArrayList<>();

		try {
			List<Object> outcomes = _race(
				2,
				i -> {
					JdbcDatabase node = new JdbcDatabase(settings);

					synchronized (nodes) {
						nodes.add(node);
					}
				});

			assertThat(outcomes).containsOnly(_SUCCESS);
			assertThat(
				nodes.stream().mapToInt(node -> node.appliedMigrations().size()).sum()
			).isEqualTo(
				new Migrations().migrations().size()
			);
			assertThat(
				_count(nodes.get(0), "Nastavnik_SchemaVersion")
			).isEqualTo(
				new Migrations().migrations().size()
			);
		}
		finally {
			nodes.forEach(JdbcDatabase::close);
		}
	}

	@BeforeEach
	public void emptyTheDatabase() {
		_transactions.run(
			"empty the database",
			connection -> {
				try (Statement statement = connection.createStatement()) {
					for (String table : _TABLES) {
						statement.executeUpdate("DELETE FROM " + table);
					}
				}
			});

		_competencyStore.addMissing(
			List.of(
				_competency("LESSON_PLANNING", 1), _competency("ASSESSMENT", 2),
				_competency("INCLUSION", 3)));
	}

	@AfterAll
	public void closeDatabase() throws Exception {
		_database.close();

		stopServer();
	}

	@BeforeAll
	public void openDatabase() throws Exception {
		startServer();

		_database = new JdbcDatabase(newDatabase("contract"));
		_transactions = new JdbcTransactions(_database);

		_competencyStore = new JdbcCompetencyStore(_transactions);
		_menteeStore = new JdbcMenteeStore(_transactions);
		_mentorStore = new JdbcMentorStore(_transactions);
		_pairStore = new JdbcPairStore(_transactions);
		_programStore = new JdbcProgramStore(_transactions);
	}

	/**
	 * @param name a name unique within the test class
	 * @return the settings of a new, empty database
	 * @throws Exception if it cannot be created
	 */
	protected abstract DatabaseSettings newDatabase(String name) throws Exception;

	/**
	 * Starts the database server, if the database has one.
	 *
	 * @throws Exception if it does not start
	 */
	protected abstract void startServer() throws Exception;

	/**
	 * Stops the database server.
	 *
	 * @throws Exception if it does not stop
	 */
	protected abstract void stopServer() throws Exception;

	static Stream<PairState> everyPairState() {
		Instant since = Instant.parse("2026-11-23T08:15:00.123Z");

		return Stream.of(
			new PairState.Proposed(since), new PairState.Active(since),
			new PairState.Completed(since, 7, "Итоги года"),
			new PairState.Completed(since, 7, ""),
			new PairState.Cancelled(since, 5, "Наставник уволился"),
			new PairState.Declined(since, 20));
	}

	private void _assertFailure(
		Runnable work, Class<? extends NastavnikException> type, String messageKey,
		Optional<String> field) {

		assertThatThrownBy(
			work::run
		).isInstanceOfSatisfying(
			type,
			exception -> {
				assertThat(exception.messageKey()).isEqualTo(messageKey);
				assertThat(exception.field()).isEqualTo(field);
			}
		);
	}

	private void _await(CountDownLatch countDownLatch) {
		try {
			if (!countDownLatch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The other thread never came");
			}
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();

			throw new IllegalStateException(interruptedException);
		}
	}

	private Competency _competency(String code, int position) {
		return new Competency(
			0, code, CompetencyArea.TEACHING, new LocalizedText(code + " (ru)", code + " (en)"),
			position);
	}

	private long _competencyId(String code) {
		return _competencyStore.findAll(
		).stream(
		).filter(
			competency -> competency.code().equals(code)
		).findFirst(
		).orElseThrow(
		).competencyId();
	}

	private long _count(JdbcDatabase database, String table) throws SQLException {
		try (Connection connection = database.dataSource().getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {

			resultSet.next();

			return resultSet.getLong(1);
		}
	}

	private MentorProfileDraft _mentorDraft(int capacity, Set<MeetingFormat> formats) {
		return new MentorProfileDraft(
			List.of(
				new Strength(_competencyId("ASSESSMENT"), 5),
				new Strength(_competencyId("LESSON_PLANNING"), 3)),
			capacity, formats, " Учитель математики ");
	}

	private List<Long> _pairIds(Page<Pair> page) {
		return page.items().stream().map(Pair::pairId).toList();
	}

	private Program _program(LocalDate startDate) {
		return _programStore.add(
			new ProgramDraft(
				"Program " + startDate, "", startDate, startDate.plusMonths(9), List.of(5L)),
			5);
	}

	/**
	 * Runs the work on that many threads released at once.
	 *
	 * @return for each thread, {@link #_SUCCESS} or what it threw
	 */
	private List<Object> _race(int threads, Race race) throws Exception {
		ExecutorService executorService = Executors.newFixedThreadPool(threads);

		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();

			for (int i = 0; i < threads; i++) {
				int index = i;

				Callable<Object> callable = () -> {
					start.await();

					try {
						race.run(index);

						return _SUCCESS;
					}
					catch (RuntimeException runtimeException) {
						return runtimeException;
					}
				};

				futures.add(executorService.submit(callable));
			}

			start.countDown();

			List<Object> outcomes = new ArrayList<>();

			for (Future<Object> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}

			return outcomes;
		}
		finally {
			executorService.shutdownNow();
		}
	}

	private int _reservedSlotsSeenByAnotherTransaction(long userId) {
		try (Connection connection = _database.dataSource().getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(
				"SELECT reservedSlots FROM Nastavnik_MentorProfile WHERE userId = " + userId)) {

			resultSet.next();

			int reservedSlots = resultSet.getInt(1);

			connection.commit();

			return reservedSlots;
		}
		catch (SQLException sqlException) {
			throw new DataAccessException("read reserved places", sqlException);
		}
	}

	private void _sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();

			throw new IllegalStateException(interruptedException);
		}
	}

	private List<Long> _userIds(List<MentorProfile> mentors) {
		return mentors.stream().map(MentorProfile::userId).toList();
	}

	private static final Object _SUCCESS = new Object();

	private static final List<String> _TABLES = List.of(
		"Nastavnik_PairMember", "Nastavnik_Pair", "Nastavnik_MenteeNeed",
		"Nastavnik_MenteeProfile", "Nastavnik_MentorStrength", "Nastavnik_MentorProfile",
		"Nastavnik_ProgramCurator", "Nastavnik_Program", "Nastavnik_Competency");

	@FunctionalInterface
	private interface Race {

		void run(int index);

	}

	private JdbcCompetencyStore _competencyStore;
	private JdbcDatabase _database;
	private JdbcMenteeStore _menteeStore;
	private JdbcMentorStore _mentorStore;
	private JdbcPairStore _pairStore;
	private JdbcProgramStore _programStore;
	private JdbcTransactions _transactions;

}
