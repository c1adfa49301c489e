package org.nastavnik.liferay.internal.store.program;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Optional;

import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.liferay.internal.store.Dates;
import org.nastavnik.liferay.internal.store.Paging;
import org.nastavnik.liferay.internal.store.StoreScope;
import org.nastavnik.liferay.internal.transaction.PortalTransactions;
import org.nastavnik.liferay.service.ProgramCuratorLocalService;
import org.nastavnik.liferay.service.ProgramLocalService;
import org.nastavnik.liferay.service.persistence.ProgramPersistence;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramDraft;
import org.nastavnik.program.ProgramStore;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Programs in {@code Nastavnik_Program}, their curators in {@code Nastavnik_ProgramCurator}, per
 * site (see {@link StoreScope}). A program of another site is not found.
 */
@Component(service = ProgramStore.class)
public class LiferayProgramStore implements ProgramStore {

	@Override
	public Program add(ProgramDraft draft, long createdByUserId) {

		// The portal's table has no CHECK constraint; the JDBC twin's CK_Program_dates is kept here.

		if ((draft.startDate() != null) && (draft.endDate() != null) &&
			draft.endDate().isBefore(draft.startDate())) {

			throw InvalidInputException.forField("endDate", "program.dates.order");
		}

		ServiceContext serviceContext = _storeScope.serviceContext();

		return PortalTransactions.required(
			() -> {
				org.nastavnik.liferay.model.Program program = _programLocalService.addProgram(
					createdByUserId, draft.title(), draft.description(),
					Dates.toDate(draft.startDate()), Dates.toDate(draft.endDate()),
					serviceContext);

				for (long curatorUserId : draft.curatorUserIds().stream().distinct().toList()) {
					_programCuratorLocalService.addProgramCurator(
						createdByUserId, program.getProgramId(), curatorUserId, serviceContext);
				}

				return _toProgram(program);
			});
	}

	@Override
	public Optional<Program> find(long programId) {
		org.nastavnik.liferay.model.Program program = _programLocalService.fetchProgram(
			programId);

		if ((program == null) || (program.getGroupId() != _storeScope.groupId())) {
			return Optional.empty();
		}

		return Optional.of(_toProgram(program));
	}

	@Override
	public Page<Program> find(PageRequest pageRequest) {
		long groupId = _storeScope.groupId();

		// The entity's order is startDate DESC, programId DESC, as the SPI asks.

		return Paging.page(
			pageRequest, (start, end) -> _programPersistence.findByGroupId(groupId, start, end),
			() -> _programPersistence.countByGroupId(groupId)
		).map(
			this::_toProgram
		);
	}

	@Override
	public boolean isCuratorOfAny(long userId) {
		DynamicQuery dynamicQuery = _programCuratorLocalService.dynamicQuery();

		dynamicQuery.add(RestrictionsFactoryUtil.eq("groupId", _storeScope.groupId()));
		dynamicQuery.add(RestrictionsFactoryUtil.eq("curatorUserId", userId));

		return _programCuratorLocalService.dynamicQueryCount(dynamicQuery) > 0;
	}

	private Program _toProgram(org.nastavnik.liferay.model.Program program) {
		return ProgramMapping.toProgram(
			program, _programCuratorLocalService.getProgramCurators(program.getProgramId()));
	}

	@Reference
	private ProgramCuratorLocalService _programCuratorLocalService;

	@Reference
	private ProgramLocalService _programLocalService;

	@Reference
	private ProgramPersistence _programPersistence;

	@Reference
	private StoreScope _storeScope;

}
