package org.nastavnik.core.program;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.nastavnik.core.FailureAssertions.assertFails;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.core.DirectTransactions;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.program.ProgramActions;
import org.nastavnik.program.ProgramDraft;
import org.nastavnik.program.ProgramStore;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class ProgramServiceImplTest {

	@BeforeEach
	void setUp() {
		_programService = new ProgramServiceImpl(
			_accessControl, _directory, _programStore, new DirectTransactions());

		when(_accessControl.isAllowed(CURATOR, ProgramActions.ADD_PROGRAM)).thenReturn(true);
		when(
			_directory.people(anyCollection())
		).thenReturn(
			Map.of(
				2L, new Person(2, "curator", "Морозова Ольга Викторовна", "", "методист", List.of()))
		);
	}

	@Test
	void onlyHoldersOfAddProgramCreatePrograms() {
		assertFails(
			() -> _programService.addProgram(new Actor(21), _draft("Шаг в профессию")),
			AccessDeniedException.class, "access.denied");

		verify(_programStore, never()).add(any(), anyLong());
	}

	@Test
	void theCreatorCuratesAProgramWithoutNamedCurators() {
		_programService.addProgram(CURATOR, _draft("  Шаг в профессию  "));

		verify(
			_programStore
		).add(
			new ProgramDraft(
				"Шаг в профессию", "", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
				List.of(2L)),
			2
		);
	}

	@Test
	void titleDatesAndCuratorsAreChecked() {
		assertFails(
			() -> _programService.addProgram(CURATOR, _draft(" ")), InvalidInputException.class,
			"program.title.required", "title");
		assertFails(
			() -> _programService.addProgram(
				CURATOR,
				new ProgramDraft(
					"Программа", "", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
					List.of())),
			InvalidInputException.class, "program.dates.order", "endDate");
		assertFails(
			() -> _programService.addProgram(
				CURATOR,
				new ProgramDraft("Программа", "", null, LocalDate.of(2026, 1, 1), List.of())),
			InvalidInputException.class, "program.dates.required", "startDate");
		assertFails(
			() -> _programService.addProgram(
				CURATOR,
				new ProgramDraft(
					"Программа", "", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31),
					List.of(404L))),
			InvalidInputException.class, "program.curator.unknown", "curatorUserIds");

		verify(_programStore, never()).add(any(), anyLong());
	}

	private static ProgramDraft _draft(String title) {
		return new ProgramDraft(
			title, null, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31), null);
	}

	private static final Actor CURATOR = new Actor(2);

	@Mock
	private AccessControl _accessControl;

	@Mock
	private Directory _directory;

	private ProgramServiceImpl _programService;

	@Mock
	private ProgramStore _programStore;

}
