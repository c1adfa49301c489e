package org.nastavnik.liferay.internal.store.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.liferay.internal.PortalStubs;
import org.nastavnik.liferay.internal.store.StoreScope;
import org.nastavnik.liferay.model.ProgramCurator;
import org.nastavnik.liferay.model.impl.ProgramCuratorImpl;
import org.nastavnik.liferay.model.impl.ProgramImpl;
import org.nastavnik.liferay.service.ProgramCuratorLocalService;
import org.nastavnik.liferay.service.ProgramLocalService;
import org.nastavnik.liferay.service.persistence.ProgramPersistence;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramDraft;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
public class LiferayProgramStoreTest {

	@BeforeEach
	public void setUp() {
		PortalStubs.installTransactions();

		_serviceContext = PortalStubs.serviceContext(_GROUP_ID, 1);

		when(_storeScope.groupId()).thenReturn(_GROUP_ID);
		when(_storeScope.serviceContext()).thenReturn(_serviceContext);
		when(
			_programLocalService.addProgram(
				anyLong(), any(), any(), any(), any(), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				ProgramImpl program = new ProgramImpl();

				program.setProgramId(40);
				program.setGroupId(_GROUP_ID);
				program.setUserId(invocation.getArgument(0));
				program.setTitle(invocation.getArgument(1));
				program.setDescription(invocation.getArgument(2));
				program.setStartDate(invocation.getArgument(3));
				program.setEndDate(invocation.getArgument(4));
				program.setCreateDate(new Date(1_000));
				program.setMvccVersion(1);

				return program;
			}
		);
		when(
			_programCuratorLocalService.addProgramCurator(
				anyLong(), anyLong(), anyLong(), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				ProgramCurator programCurator = new ProgramCuratorImpl();

				programCurator.setProgramId(invocation.getArgument(1));
				programCurator.setCuratorUserId(invocation.getArgument(2));

				_programCurators.add(programCurator);

				return programCurator;
			}
		);
		when(
			_programCuratorLocalService.getProgramCurators(40)
		).thenReturn(
			_programCurators
		);
	}

	@Test
	public void addsProgramAtVersionOneWithDistinctCuratorsAndItsDays() {
		Program program = _programStore.add(
			new ProgramDraft(
				"Школа молодого педагога", "", LocalDate.of(2026, 9, 1),
				LocalDate.of(2027, 5, 31), List.of(7L, 3L, 7L)),
			5);

		assertThat(program.programId()).isEqualTo(40);
		assertThat(program.version()).isEqualTo(1);
		assertThat(program.curatorUserIds()).containsExactly(7L, 3L);
		assertThat(program.createdByUserId()).isEqualTo(5);
		assertThat(program.startDate()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(program.endDate()).isEqualTo(LocalDate.of(2027, 5, 31));
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
		verify(_programLocalService, never()).addProgram(
			anyLong(), any(), any(), any(), any(), any(ServiceContext.class));
	}

	@Test
	public void findsOnlyProgramsOfTheSite() {
		ProgramImpl otherSiteProgram = new ProgramImpl();

		otherSiteProgram.setProgramId(41);
		otherSiteProgram.setGroupId(_GROUP_ID + 1);

		when(_programLocalService.fetchProgram(41)).thenReturn(otherSiteProgram);

		assertThat(_programStore.find(41)).isEmpty();
		assertThat(_programStore.find(42)).isEmpty();
	}

	@Test
	public void pagesProgramsOfTheSiteByFinderRange() {
		Program added = _programStore.add(
			new ProgramDraft(
				"P", "", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31), List.of(3L)),
			5);

		ProgramImpl program = new ProgramImpl();

		program.setProgramId(40);
		program.setGroupId(_GROUP_ID);
		program.setTitle("P");
		program.setStartDate(new Date(0));
		program.setEndDate(new Date(0));
		program.setCreateDate(new Date(1_000));
		program.setMvccVersion(1);

		when(_programPersistence.findByGroupId(_GROUP_ID, 4, 6)).thenReturn(List.of(program));
		when(_programPersistence.countByGroupId(_GROUP_ID)).thenReturn(5);

		Page<Program> page = _programStore.find(new PageRequest(3, 2));

		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting(Program::programId).containsExactly(40L);
		assertThat(page.items().get(0).curatorUserIds()).isEqualTo(added.curatorUserIds());
	}

	private static final long _GROUP_ID = 20121;

	@Test
	public void knowsWhoCuratesAnyProgramOfTheSite() {
		PortalStubs.installOrmFactories();

		DynamicQuery dynamicQuery = PortalStubs.dynamicQuery();

		when(_programCuratorLocalService.dynamicQuery()).thenReturn(dynamicQuery);
		when(_programCuratorLocalService.dynamicQueryCount(dynamicQuery)).thenReturn(1L, 0L);

		assertThat(_programStore.isCuratorOfAny(7)).isTrue();
		assertThat(_programStore.isCuratorOfAny(8)).isFalse();
		verify(dynamicQuery, times(4)).add(any());
	}

	@Mock
	private ProgramCuratorLocalService _programCuratorLocalService;

	private final List<ProgramCurator> _programCurators = new ArrayList<>();

	@Mock
	private ProgramLocalService _programLocalService;

	@Mock
	private ProgramPersistence _programPersistence;

	@InjectMocks
	private LiferayProgramStore _programStore;

	private ServiceContext _serviceContext;

	@Mock
	private StoreScope _storeScope;

}
