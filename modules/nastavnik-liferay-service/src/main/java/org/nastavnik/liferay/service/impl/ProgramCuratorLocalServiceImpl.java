package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.nastavnik.liferay.model.ProgramCurator;
import org.nastavnik.liferay.service.base.ProgramCuratorLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for the curators of programs.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.ProgramCurator",
	service = AopService.class
)
public class ProgramCuratorLocalServiceImpl extends ProgramCuratorLocalServiceBaseImpl {

	public ProgramCurator addProgramCurator(
		long userId, long programId, long curatorUserId, ServiceContext serviceContext) {

		ProgramCurator programCurator = programCuratorPersistence.create(counterLocalService.increment());

		programCurator.setUuid(serviceContext.getUuid());
		programCurator.setGroupId(serviceContext.getScopeGroupId());
		programCurator.setCompanyId(serviceContext.getCompanyId());
		programCurator.setUserId(userId);
		programCurator.setUserName(_getUserName(userId));

		programCurator.setProgramId(programId);
		programCurator.setCuratorUserId(curatorUserId);

		return programCuratorPersistence.update(programCurator);
	}

	public List<ProgramCurator> getProgramCurators(long programId) {
		return programCuratorPersistence.findByProgramId(programId);
	}

	private String _getUserName(long userId) {
		User user = userLocalService.fetchUser(userId);

		// Rows also come from system work (seeding, upgrades) done for users the portal lacks.

		if (user == null) {
			return "";
		}

		return user.getFullName();
	}

}
