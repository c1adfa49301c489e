package org.nastavnik.core.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.nastavnik.core.FailureAssertions.assertFails;
import static org.nastavnik.core.pairs.PairLifecycleTest.MENTEE_A;
import static org.nastavnik.core.pairs.PairLifecycleTest.MENTEE_B;
import static org.nastavnik.core.pairs.PairLifecycleTest.MENTOR;
import static org.nastavnik.core.pairs.PairLifecycleTest._proposed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.OrganizationKind;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.Mentee;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeProfileDraft;
import org.nastavnik.pairs.MenteeQuery;
import org.nastavnik.pairs.MenteeStore;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairStore;
import org.nastavnik.program.ProgramStore;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class MenteeServiceImplTest {

	@BeforeEach
	void setUp() {
		_menteeService = new MenteeServiceImpl(
			_accessControl, _competencyStore, _directory, _menteeStore, _pairStore,
			_programStore, new DirectTransactions());

		for (long userId : List.of(MENTEE_A, MENTEE_B)) {
			Person person = new Person(
				userId, "mentee" + userId, "Наставляемый " + userId, "", "воспитатель",
				List.of(KINDERGARTEN.organizationId()));

			when(_directory.person(userId)).thenReturn(Optional.of(person));
			when(_directory.people(List.of(userId))).thenReturn(Map.of(userId, person));
			when(_menteeStore.find(userId)).thenReturn(Optional.of(_profile(userId)));
		}

		when(
			_directory.organization(KINDERGARTEN.organizationId())
		).thenReturn(
			Optional.of(KINDERGARTEN)
		);
		when(
			_directory.organization(SCHOOL.organizationId())
		).thenReturn(
			Optional.of(SCHOOL)
		);
		when(
			_pairStore.find(any(PairQuery.class), any())
		).thenReturn(
			new Page<>(List.of(), 0, PageRequest.first())
		);
		when(
			_menteeStore.add(anyLong(), any())
		).thenAnswer(
			invocation -> _profile(invocation.getArgument(0))
		);
	}

	@Test
	void aManagerSeesTheWholeRegistry() {
		when(_accessControl.isAllowed(CURATOR, PairActions.MANAGE_PAIRS)).thenReturn(true);
		when(
			_menteeStore.find(MenteeQuery.all(), PageRequest.first())
		).thenReturn(
			new Page<>(List.of(_profile(MENTEE_A)), 1, PageRequest.first())
		);

		Page<Mentee> page = _menteeService.mentees(
			CURATOR, MenteeQuery.all(), PageRequest.first());

		assertThat(page.items()).extracting(mentee -> mentee.person().userId()).containsExactly(
			MENTEE_A);
		assertThat(page.items().get(0).organization()).contains(KINDERGARTEN);
	}

	@Test
	void aProgramCuratorWithoutTheRoleSeesTheWholeRegistryToo() {
		Actor programCurator = new Actor(3);
		Person menteeA = _directory.person(MENTEE_A).orElseThrow();
		Person menteeB = _directory.person(MENTEE_B).orElseThrow();

		when(_programStore.isCuratorOfAny(3)).thenReturn(true);
		when(
			_menteeStore.find(MenteeQuery.all(), PageRequest.first())
		).thenReturn(
			new Page<>(List.of(_profile(MENTEE_A), _profile(MENTEE_B)), 2, PageRequest.first())
		);
		when(
			_directory.people(List.of(MENTEE_A, MENTEE_B))
		).thenReturn(
			Map.of(MENTEE_A, menteeA, MENTEE_B, menteeB)
		);

		assertThat(
			_menteeService.mentees(programCurator, MenteeQuery.all(), PageRequest.first()).total()
		).isEqualTo(
			2
		);
		assertThat(
			_menteeService.mentee(programCurator, MENTEE_B).person().userId()
		).isEqualTo(
			MENTEE_B
		);
	}

	@Test
	void aMenteeSeesOnlyThemselves() {
		Page<Mentee> page = _menteeService.mentees(
			new Actor(MENTEE_A), MenteeQuery.all(), PageRequest.first());

		assertThat(page.total()).isEqualTo(1);
		assertThat(page.items()).extracting(mentee -> mentee.person().userId()).containsExactly(
			MENTEE_A);
		assertFails(
			() -> _menteeService.mentee(new Actor(MENTEE_A), MENTEE_B), NotFoundException.class,
			"mentee.not-found");
	}

	@Test
	void aMentorSeesTheirMentees() {
		when(
			_pairStore.find(PairQuery.ofParticipant(MENTOR), new PageRequest(1, 200))
		).thenReturn(
			new Page<>(List.of(_proposed(MENTEE_B)), 1, PageRequest.first())
		);

		assertThat(
			_menteeService.mentee(new Actor(MENTOR), MENTEE_B).person().userId()
		).isEqualTo(
			MENTEE_B
		);
		assertFails(
			() -> _menteeService.mentee(new Actor(MENTOR), MENTEE_A), NotFoundException.class,
			"mentee.not-found");
	}

	@Test
	void theOrganizationMustBeOneOfTheMentees() {
		assertFails(
			() -> _menteeService.saveMentee(
				new Actor(MENTEE_A), MENTEE_A,
				new MenteeProfileDraft(
					MenteeCategory.YOUNG_SPECIALIST, 1, SCHOOL.organizationId(), List.of()),
				Optional.empty()),
			InvalidInputException.class, "mentee.organization.not-theirs", "organizationId");
	}

	@Test
	void theEntryIsValidatedFieldByField() {
		assertFails(
			() -> _menteeService.saveMentee(
				new Actor(MENTEE_A), MENTEE_A,
				new MenteeProfileDraft(null, 1, KINDERGARTEN.organizationId(), List.of()),
				Optional.empty()),
			InvalidInputException.class, "mentee.category.required", "category");
		assertFails(
			() -> _menteeService.saveMentee(
				new Actor(MENTEE_A), MENTEE_A,
				new MenteeProfileDraft(
					MenteeCategory.OTHER, 61, KINDERGARTEN.organizationId(), List.of()),
				Optional.empty()),
			InvalidInputException.class, "mentee.experience.invalid", "yearsOfExperience");
	}

	@Test
	void aMenteeEntersTheRegistryThemselves() {
		when(_menteeStore.find(MENTEE_A)).thenReturn(Optional.empty());

		Mentee mentee = _menteeService.saveMentee(
			new Actor(MENTEE_A), MENTEE_A,
			new MenteeProfileDraft(
				MenteeCategory.YOUNG_SPECIALIST, 1, KINDERGARTEN.organizationId(), List.of()),
			Optional.empty());

		assertThat(mentee.profile().category()).isEqualTo(MenteeCategory.YOUNG_SPECIALIST);
	}

	private static MenteeProfile _profile(long userId) {
		return new MenteeProfile(
			userId, MenteeCategory.YOUNG_SPECIALIST, 1, KINDERGARTEN.organizationId(), List.of(),
			1);
	}

	private static final Actor CURATOR = new Actor(2);

	private static final Organization KINDERGARTEN = new Organization(
		1, "МДОУ «Детский сад № 5»", OrganizationKind.KINDERGARTEN);

	private static final Organization SCHOOL = new Organization(
		2, "МОУ «СОШ № 2»", OrganizationKind.SCHOOL);

	@Mock
	private AccessControl _accessControl;

	@Mock
	private CompetencyStore _competencyStore;

	@Mock
	private Directory _directory;

	private MenteeServiceImpl _menteeService;

	@Mock
	private MenteeStore _menteeStore;

	@Mock
	private PairStore _pairStore;

	@Mock
	private ProgramStore _programStore;

}
