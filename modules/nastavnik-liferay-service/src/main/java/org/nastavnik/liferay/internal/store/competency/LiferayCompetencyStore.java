package org.nastavnik.liferay.internal.store.competency;

import com.liferay.portal.kernel.service.ServiceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.liferay.internal.store.Failures;
import org.nastavnik.liferay.internal.store.StoreScope;
import org.nastavnik.liferay.internal.transaction.PortalTransactions;
import org.nastavnik.liferay.service.CompetencyLocalService;
import org.nastavnik.liferay.service.persistence.CompetencyPersistence;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The competency framework in {@code Nastavnik_Competency}, per site (see {@link StoreScope}).
 *
 * <p>Each missing competency is added in a transaction of its own: when another node seeds the
 * same code at once, the unique index (groupId, code) refuses one insert, and only that
 * insert's transaction is lost, as the JDBC twin does with a savepoint.</p>
 */
@Component(service = CompetencyStore.class)
public class LiferayCompetencyStore implements CompetencyStore {

	@Override
	public void addMissing(List<Competency> competencies) {
		ServiceContext serviceContext = _storeScope.serviceContext();

		long groupId = serviceContext.getScopeGroupId();

		Set<String> codes = new HashSet<>();

		for (org.nastavnik.liferay.model.Competency competency :
				_competencyLocalService.getCompetencies(groupId)) {

			codes.add(competency.getCode());
		}

		for (Competency competency : competencies) {
			if (codes.add(competency.code())) {
				_addUnlessPresent(groupId, competency, serviceContext);
			}
		}
	}

	@Override
	public List<Competency> findAll() {
		return _competencyLocalService.getCompetencies(
			_storeScope.groupId()
		).stream(
		).map(
			CompetencyMapping::toCompetency
		).toList();
	}

	private void _addUnlessPresent(
		long groupId, Competency competency, ServiceContext serviceContext) {

		try {
			PortalTransactions.requiresNew(
				() -> Failures.flushed(
					() -> _competencyLocalService.addCompetency(
						serviceContext.getUserId(), competency.code(), competency.area().name(),
						competency.name().ru(), competency.name().en(), competency.position(),
						serviceContext),
					_competencyPersistence::flush));
		}
		catch (RuntimeException runtimeException) {
			if (!Failures.isUniqueViolation(runtimeException) ||
				(_competencyLocalService.fetchCompetency(groupId, competency.code()) == null)) {

				throw runtimeException;
			}
		}
	}

	@Reference
	private CompetencyLocalService _competencyLocalService;

	@Reference
	private CompetencyPersistence _competencyPersistence;

	@Reference
	private StoreScope _storeScope;

}
