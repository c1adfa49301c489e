package org.nastavnik.core.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.nastavnik.core.FailureAssertions.assertFails;

import java.util.List;
import java.util.Map;
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
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.Mentor;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorProfileDraft;
import org.nastavnik.pairs.MentorQuery;
import org.nastavnik.pairs.MentorStore;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.pairs.Strength;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class MentorServiceImplTest {

	@BeforeEach
	void setUp() {
		_mentorService = new MentorServiceImpl(
			_accessControl, _competencyStore, _directory, _mentorStore,
			new DirectTransactions());

		when(_directory.person(MENTOR)).thenReturn(Optional.of(PERSON));
		when(
			_competencyStore.findAll()
		).thenReturn(
			List.of(
				new Competency(
					PLANNING, "LESSON_PLANNING", CompetencyArea.TEACHING,
					new LocalizedText("Планирование", "Planning"), 1))
		);
		when(
			_mentorStore.add(anyLong(), any())
		).thenAnswer(
			invocation -> _profile(invocation.getArgument(1), 1)
		);
		when(
			_mentorStore.update(anyLong(), any(), anyLong())
		).thenAnswer(
			invocation -> _profile(
				invocation.getArgument(1), (long)invocation.getArgument(2) + 1)
		);
	}

	@Test
	void aTeacherEntersTheBankThemselves() {
		Mentor mentor = _mentorService.saveMentor(
			new Actor(MENTOR), MENTOR, DRAFT, Optional.empty());

		assertThat(mentor.person()).isEqualTo(PERSON);
		assertThat(mentor.profile().capacity()).isEqualTo(3);
		verify(_mentorStore).add(MENTOR, DRAFT);
	}

	@Test
	void someoneElseNeedsTheManagerAction() {
		assertFails(
			() -> _mentorService.saveMentor(new Actor(99), MENTOR, DRAFT, Optional.empty()),
			AccessDeniedException.class, "mentor.edit.denied");

		when(
			_accessControl.isAllowed(new Actor(99), PairActions.MANAGE_MENTOR_BANK)
		).thenReturn(
			true
		);

		assertThat(
			_mentorService.saveMentor(new Actor(99), MENTOR, DRAFT, Optional.empty())
		).isNotNull();
	}

	@Test
	void anExistingEntryIsNeverOverwrittenWithoutItsVersion() {
		when(_mentorStore.find(MENTOR)).thenReturn(Optional.of(_profile(DRAFT, 4)));

		assertFails(
			() -> _mentorService.saveMentor(new Actor(MENTOR), MENTOR, DRAFT, Optional.empty()),
			ConflictException.class, "version.required", "version");

		assertThat(
			_mentorService.saveMentor(
				new Actor(MENTOR), MENTOR, DRAFT, Optional.of(4L)
			).profile(
			).version()
		).isEqualTo(
			5
		);
	}

	@Test
	void theEntryIsValidatedFieldByField() {
		_assertInvalid(
			new MentorProfileDraft(List.of(), 0, Set.of(MeetingFormat.ONLINE), ""), "capacity",
			"mentor.capacity.invalid");
		_assertInvalid(
			new MentorProfileDraft(List.of(), 11, Set.of(MeetingFormat.ONLINE), ""), "capacity",
			"mentor.capacity.invalid");
		_assertInvalid(
			new MentorProfileDraft(List.of(), 2, Set.of(), ""), "formats",
			"mentor.formats.required");
		_assertInvalid(
			new MentorProfileDraft(
				List.of(), 2, Set.of(MeetingFormat.ONLINE), "я".repeat(2001)),
			"bio", "mentor.bio.too-long");
		_assertInvalid(
			new MentorProfileDraft(
				List.of(new Strength(PLANNING, 5), new Strength(PLANNING, 3)), 2,
				Set.of(MeetingFormat.ONLINE), ""),
			"strengths", "mentor.strength.duplicate");
		_assertInvalid(
			new MentorProfileDraft(
				List.of(new Strength(404, 5)), 2, Set.of(MeetingFormat.ONLINE), ""),
			"strengths", "competency.not-found");

		verify(_mentorStore, never()).add(anyLong(), any());
	}

	@Test
	void aStrengthLevelIsOneToFive() {
		assertFails(
			() -> new Strength(PLANNING, 6), InvalidInputException.class,
			"mentor.strength-level.invalid", "strengths");
	}

	@Test
	void listsJoinProfilesWithTheDirectoryInOneLookup() {
		when(
			_mentorStore.find(MentorQuery.all(), PageRequest.first())
		).thenReturn(
			new Page<>(List.of(_profile(DRAFT, 1)), 1, PageRequest.first())
		);
		when(_directory.people(List.of(MENTOR))).thenReturn(Map.of(MENTOR, PERSON));

		Page<Mentor> page = _mentorService.mentors(
			new Actor(5), MentorQuery.all(), PageRequest.first());

		assertThat(page.total()).isEqualTo(1);
		assertThat(page.items()).extracting(Mentor::person).containsExactly(PERSON);
	}

	@Test
	void someoneOutsideTheBankIsNotFound() {
		assertFails(
			() -> _mentorService.mentor(new Actor(5), MENTOR), NotFoundException.class,
			"mentor.not-found");
	}

	private void _assertInvalid(MentorProfileDraft draft, String field, String messageKey) {
		assertFails(
			() -> _mentorService.saveMentor(new Actor(MENTOR), MENTOR, draft, Optional.empty()),
			InvalidInputException.class, messageKey, field);
	}

	private static MentorProfile _profile(MentorProfileDraft draft, long version) {
		return new MentorProfile(
			MENTOR, draft.strengths(), draft.capacity(), draft.formats(), draft.bio(), 0,
			version);
	}

	private static final MentorProfileDraft DRAFT = new MentorProfileDraft(
		List.of(new Strength(1, 5)), 3, Set.of(MeetingFormat.IN_PERSON), "Учитель математики");

	private static final long MENTOR = 11;

	private static final Person PERSON = new Person(
		MENTOR, "sokolova.ea", "Соколова Елена Андреевна", "", "учитель математики",
		List.of(1L));

	private static final long PLANNING = 1;

	@Mock
	private AccessControl _accessControl;

	@Mock
	private CompetencyStore _competencyStore;

	@Mock
	private Directory _directory;

	private MentorServiceImpl _mentorService;

	@Mock
	private MentorStore _mentorStore;

}
