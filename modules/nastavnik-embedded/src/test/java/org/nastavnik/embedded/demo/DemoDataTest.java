package org.nastavnik.embedded.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.nastavnik.access.Actor;
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.CompetencyService;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.directory.Person;
import org.nastavnik.embedded.directory.FileDirectory;
import org.nastavnik.embedded.directory.FileDirectoryConfiguration;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfileDraft;
import org.nastavnik.pairs.MenteeService;
import org.nastavnik.pairs.MentorProfileDraft;
import org.nastavnik.pairs.MentorService;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairProposal;
import org.nastavnik.pairs.PairService;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.Response;
import org.nastavnik.pairs.Strength;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramDraft;
import org.nastavnik.program.ProgramService;
import org.nastavnik.transaction.Transactions;

class DemoDataTest {

	@BeforeAll
	static void readTheDemoDirectoryAndContent() throws IOException {
		FileDirectoryConfiguration configuration = mock(FileDirectoryConfiguration.class);

		when(configuration.file()).thenReturn("");

		_directory = new FileDirectory(configuration);

		try (InputStream inputStream = DemoData.class.getResourceAsStream(
				DemoData.DEMO_CONTENT)) {

			_demoContent = DemoContent.read(inputStream);
		}
	}

	@BeforeEach
	void setUp() {
		when(_competencyService.competencies()).thenReturn(_COMPETENCIES);
		when(_programService.programs(_ADMIN, PageRequest.first())).thenReturn(
			new Page<>(List.of(), 0, PageRequest.first()));
		when(_programService.addProgram(any(), any())).thenAnswer(
			invocation -> {
				ProgramDraft draft = invocation.getArgument(1);

				return new Program(
					7, draft.title(), draft.description(), draft.startDate(), draft.endDate(),
					draft.curatorUserIds(), 1, Instant.now(), 1);
			});

		AtomicLong pairIds = new AtomicLong(100);

		when(_pairService.propose(any(), anyLong(), any())).thenAnswer(
			invocation -> {
				PairProposal proposal = invocation.getArgument(2);

				return new Pair(
					pairIds.incrementAndGet(), invocation.getArgument(1),
					proposal.mentorUserId(), Response.PENDING,
					proposal.menteeUserIds(
					).stream(
					).map(
						menteeUserId -> new PairMember(menteeUserId, Response.PENDING)
					).toList(),
					new PairState.Proposed(Instant.now()), 2, Instant.now(), 1);
			});

		// Stubbing above called the mocks; only what the component calls counts.
		_callsOutsideTheTransaction.clear();
	}

	@Test
	void itLoadsEverythingInOneTransactionThroughTheServices() {
		_demoData.activate(_enabled(true));

		assertThat(_transactions.calls).isEqualTo(1);
		assertThat(_callsOutsideTheTransaction).isEmpty();

		verify(_mentorService, times(8)).saveMentor(
			eq(_ADMIN), anyLong(), any(), eq(Optional.empty()));
		verify(_menteeService, times(15)).saveMentee(
			eq(_ADMIN), anyLong(), any(), eq(Optional.empty()));
		verify(_programService).addProgram(eq(_ADMIN), any());
		verify(_pairService, times(5)).propose(eq(_CURATOR), eq(7L), any());
	}

	@Test
	void mentorStrengthsAreLookedUpByCodeAndUnknownCodesLeftOut() {
		_demoData.activate(_enabled(true));

		ArgumentCaptor<MentorProfileDraft> draft = ArgumentCaptor.forClass(
			MentorProfileDraft.class);

		verify(_mentorService).saveMentor(
			eq(_ADMIN), eq(_userId("orlov.av")), draft.capture(), eq(Optional.empty()));

		// ICT is not in this test's framework.
		assertThat(
			draft.getValue().strengths()
		).containsExactly(
			new Strength(2, 5), new Strength(1, 4)
		);
		assertThat(draft.getValue().capacity()).isEqualTo(2);
		assertThat(draft.getValue().bio()).startsWith("Учитель математики");
	}

	@Test
	void menteesAreRegisteredInTheirOwnOrganization() {
		_demoData.activate(_enabled(true));

		ArgumentCaptor<MenteeProfileDraft> draft = ArgumentCaptor.forClass(
			MenteeProfileDraft.class);

		verify(_menteeService).saveMentee(
			eq(_ADMIN), eq(_userId("petrova.ad")), draft.capture(), eq(Optional.empty()));

		assertThat(
			draft.getValue()
		).isEqualTo(
			new MenteeProfileDraft(MenteeCategory.YOUNG_SPECIALIST, 0, 1, List.of(1L, 4L))
		);
	}

	@Test
	void theProgramIsRunByTheCuratorForTheSchoolYear() {
		_demoData.activate(_enabled(true));

		ArgumentCaptor<ProgramDraft> draft = ArgumentCaptor.forClass(ProgramDraft.class);

		verify(_programService).addProgram(eq(_ADMIN), draft.capture());

		assertThat(draft.getValue().title()).contains("«Шаг в профессию» 2026/2027");
		assertThat(draft.getValue().startDate()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(draft.getValue().endDate()).isEqualTo(LocalDate.of(2027, 5, 31));
		assertThat(draft.getValue().curatorUserIds()).containsExactly(_CURATOR.userId());
	}

	@Test
	void participantsAcceptAsThemselves() {
		_demoData.activate(_enabled(true));

		verify(_pairService).propose(
			_CURATOR, 7,
			new PairProposal(
				_userId("kuznetsova.on"),
				List.of(_userId("solovyova.da"), _userId("nikitina.kr"))));

		// Pairs 101 and 102 become active; 103 waits for both, 104 for its mentee, 105 for one.
		_verifyAccepted("ivanova.mp", 101);
		_verifyAccepted("petrova.ad", 101);
		_verifyAccepted("smirnova.na", 102);
		_verifyAccepted("makarova.sa", 102);
		_verifyAccepted("belova.ts", 104);
		_verifyAccepted("kuznetsova.on", 105);
		_verifyAccepted("solovyova.da", 105);
		verify(_pairService, times(7)).accept(any(), anyLong(), eq(Optional.empty()));
	}

	@Test
	void nothingIsLoadedWhenAProgramExists() {
		when(_programService.programs(_ADMIN, PageRequest.first())).thenReturn(
			new Page<>(List.of(), 1, PageRequest.first()));

		_demoData.activate(_enabled(true));

		verifyNoInteractions(_mentorService, _menteeService, _pairService);
		verify(_programService, never()).addProgram(any(), any());
	}

	@Test
	void nothingIsLoadedWhenDisabled() {
		_demoData.activate(_enabled(false));

		assertThat(_transactions.calls).isZero();
		verifyNoInteractions(
			_competencyService, _mentorService, _menteeService, _pairService, _programService);
	}

	@Test
	void aRefusedStepEndsTheLoadWithoutFailingActivation() {
		doThrow(
			new ConflictException("pair.mentor.full", 0, 1)
		).when(
			_pairService
		).propose(
			any(), anyLong(), any()
		);

		_demoData.activate(_enabled(true));

		assertThat(_transactions.calls).isEqualTo(1);
		verify(_pairService, never()).accept(any(), anyLong(), any());
	}

	@Test
	void theDemoContentNamesOnlyPeopleOfTheDemoDirectory() {
		List<String> screenNames = new ArrayList<>(_demoContent.program().curators());

		_demoContent.mentors().forEach(mentor -> screenNames.add(mentor.screenName()));
		_demoContent.mentees().forEach(mentee -> screenNames.add(mentee.screenName()));

		for (DemoContent.PairEntry pair : _demoContent.pairs()) {
			screenNames.add(pair.mentor());
			screenNames.addAll(pair.mentees());
			screenNames.addAll(pair.acceptedBy());
		}

		for (String screenName : screenNames) {
			assertThat(_directory.person(screenName)).as(screenName).isPresent();
		}
	}

	@Test
	void theDemoContentLeavesRoomToProposeAPair() {
		Map<String, Integer> capacities = new HashMap<>();

		_demoContent.mentors().forEach(
			mentor -> capacities.put(mentor.screenName(), mentor.capacity()));

		Set<String> pairedMentees = new HashSet<>();

		for (DemoContent.PairEntry pair : _demoContent.pairs()) {
			assertThat(capacities).containsKey(pair.mentor());

			capacities.merge(pair.mentor(), -pair.mentees().size(), Integer::sum);

			pairedMentees.addAll(pair.mentees());
		}

		assertThat(capacities.values()).allMatch(free -> free >= 0);
		assertThat(capacities.values()).anyMatch(free -> free > 0);
		assertThat(
			_demoContent.mentees()
		).filteredOn(
			mentee -> !pairedMentees.contains(mentee.screenName())
		).hasSizeGreaterThanOrEqualTo(
			3
		);
	}

	private static DemoDataConfiguration _enabled(boolean enabled) {
		DemoDataConfiguration configuration = mock(DemoDataConfiguration.class);

		when(configuration.enabled()).thenReturn(enabled);

		return configuration;
	}

	private <T> T _inTransactionOnly(Class<T> type) {
		return mock(
			type,
			withSettings().defaultAnswer(
				invocation -> {
					if (!_transactions.active) {
						_callsOutsideTheTransaction.add(invocation.toString());
					}

					return Mockito.RETURNS_DEFAULTS.answer(invocation);
				}));
	}

	private static long _userId(String screenName) {
		return _directory.person(screenName).map(Person::userId).orElseThrow();
	}

	private void _verifyAccepted(String screenName, long pairId) {
		verify(_pairService).accept(new Actor(_userId(screenName)), pairId, Optional.empty());
	}

	private static final Actor _ADMIN = new Actor(1);

	private static final List<Competency> _COMPETENCIES = List.of(
		new Competency(
			1, "LESSON_PLANNING", CompetencyArea.TEACHING, new LocalizedText("ru", "en"), 1),
		new Competency(2, "ASSESSMENT", CompetencyArea.TEACHING, new LocalizedText("ru", "en"), 2),
		new Competency(
			3, "CLASSROOM_MANAGEMENT", CompetencyArea.UPBRINGING, new LocalizedText("ru", "en"),
			3),
		new Competency(
			4, "WORK_WITH_PARENTS", CompetencyArea.UPBRINGING, new LocalizedText("ru", "en"), 4),
		new Competency(
			5, "INCLUSIVE_EDUCATION", CompetencyArea.DEVELOPMENT, new LocalizedText("ru", "en"),
			5));

	private static final Actor _CURATOR = new Actor(2);

	private static DemoContent _demoContent;
	private static FileDirectory _directory;

	private final List<String> _callsOutsideTheTransaction = new ArrayList<>();
	private final RecordingTransactions _transactions = new RecordingTransactions();
	private final CompetencyService _competencyService = _inTransactionOnly(
		CompetencyService.class);
	private final MenteeService _menteeService = _inTransactionOnly(MenteeService.class);
	private final MentorService _mentorService = _inTransactionOnly(MentorService.class);
	private final PairService _pairService = _inTransactionOnly(PairService.class);
	private final ProgramService _programService = _inTransactionOnly(ProgramService.class);
	private final DemoData _demoData = new DemoData(
		_directory, _competencyService, _menteeService, _mentorService, _pairService,
		_programService, _transactions);

	/**
	 * Runs work at once and counts the transactions.
	 */
	private static final class RecordingTransactions implements Transactions {

		@Override
		public <T> T required(Supplier<T> work) {
			calls++;
			active = true;

			try {
				return work.get();
			}
			finally {
				active = false;
			}
		}

		boolean active;
		int calls;

	}

}
