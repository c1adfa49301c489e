package org.nastavnik.liferay.internal.store.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.liferay.internal.PortalStubs;
import org.nastavnik.liferay.internal.store.StoreScope;
import org.nastavnik.liferay.model.impl.CompetencyImpl;
import org.nastavnik.liferay.service.CompetencyLocalService;
import org.nastavnik.liferay.service.persistence.CompetencyPersistence;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
public class LiferayCompetencyStoreTest {

	@BeforeEach
	public void setUp() {
		_transactionConfigs = PortalStubs.installTransactions();

		_serviceContext = PortalStubs.serviceContext(_GROUP_ID, 1);

		when(_storeScope.groupId()).thenReturn(_GROUP_ID);
		when(_storeScope.serviceContext()).thenReturn(_serviceContext);
		when(
			_competencyLocalService.getCompetencies(_GROUP_ID)
		).thenReturn(
			List.of(_competency("LESSON_PLANNING", 1))
		);
	}

	@Test
	public void readsTheSitesFrameworkInOrder() {
		assertThat(
			_competencyStore.findAll()
		).containsExactly(
			new Competency(
				1, "LESSON_PLANNING", CompetencyArea.TEACHING,
				new LocalizedText("LESSON_PLANNING (ru)", "LESSON_PLANNING (en)"), 1)
		);
	}

	@Test
	public void addsOnlyMissingCodesEachInATransactionOfItsOwn() {
		_competencyStore.addMissing(
			List.of(
				_record("LESSON_PLANNING", 1), _record("NEW_ONE", 0), _record("NEW_ONE", 5)));

		verify(
			_competencyLocalService, times(1)
		).addCompetency(
			anyLong(), anyString(), anyString(), anyString(), anyString(), anyInt(),
			any(ServiceContext.class)
		);
		verify(
			_competencyLocalService
		).addCompetency(
			5, "NEW_ONE", "TEACHING", "NEW_ONE (ru)", "NEW_ONE (en)", 0, _serviceContext
		);
		assertThat(
			_transactionConfigs
		).extracting(
			TransactionConfig::getPropagation
		).containsExactly(
			Propagation.REQUIRES_NEW
		);
	}

	@Test
	public void survivesAnotherNodeAddingTheSameCodeMeanwhile() {
		RuntimeException duplicateKey = new com.liferay.portal.kernel.exception.SystemException(
			new java.sql.SQLException("duplicate key", "23505"));

		// Both RACED inserts hit the other node's row; AFTER goes through.

		doThrow(
			duplicateKey
		).doThrow(
			duplicateKey
		).doNothing(
		).when(
			_competencyPersistence
		).flush();
		when(
			_competencyLocalService.fetchCompetency(_GROUP_ID, "RACED")
		).thenReturn(
			null, _competency("RACED", 10)
		);

		assertThatThrownBy(
			() -> _competencyStore.addMissing(List.of(_record("RACED", 10)))
		).isInstanceOf(
			com.liferay.portal.kernel.exception.SystemException.class
		);

		_competencyStore.addMissing(List.of(_record("RACED", 10), _record("AFTER", 11)));

		verify(_competencyLocalService).addCompetency(
			eq(5L), eq("AFTER"), anyString(), anyString(), anyString(), eq(11),
			any(ServiceContext.class));
	}

	private CompetencyImpl _competency(String code, int priority) {
		CompetencyImpl competency = new CompetencyImpl();

		competency.setCompetencyId(priority);
		competency.setGroupId(_GROUP_ID);
		competency.setCode(code);
		competency.setArea(CompetencyArea.TEACHING.name());
		competency.setNameRu(code + " (ru)");
		competency.setNameEn(code + " (en)");
		competency.setPriority(priority);

		return competency;
	}

	private Competency _record(String code, int position) {
		return new Competency(
			0, code, CompetencyArea.TEACHING, new LocalizedText(code + " (ru)", code + " (en)"),
			position);
	}

	private static final long _GROUP_ID = 20121;

	@Mock
	private CompetencyLocalService _competencyLocalService;

	@Mock
	private CompetencyPersistence _competencyPersistence;

	@InjectMocks
	private LiferayCompetencyStore _competencyStore;

	private ServiceContext _serviceContext;

	@Mock
	private StoreScope _storeScope;

	private List<TransactionConfig> _transactionConfigs;

}
