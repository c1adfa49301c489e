package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Date;

import org.nastavnik.liferay.model.Program;
import org.nastavnik.liferay.service.base.ProgramLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for programs: IDs from the counter, site and company from the service context,
 * audit fields.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.Program",
	service = AopService.class
)
public class ProgramLocalServiceImpl extends ProgramLocalServiceBaseImpl {

	public Program addProgram(
		long userId, String title, String description, Date startDate, Date endDate,
		ServiceContext serviceContext) {

		Program program = programPersistence.create(counterLocalService.increment());

		program.setUuid(serviceContext.getUuid());
		program.setGroupId(serviceContext.getScopeGroupId());
		program.setCompanyId(serviceContext.getCompanyId());
		program.setUserId(userId);
		program.setUserName(_getUserName(userId));

		program.setTitle(title);
		program.setDescription(description);
		program.setStartDate(startDate);
		program.setEndDate(endDate);

		// The first stored version is 1, as in the JDBC twin: Hibernate keeps a non-negative
		// initial version and increments it on each update.

		program.setMvccVersion(1);

		return programPersistence.update(program);
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
