package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Date;

import org.nastavnik.liferay.model.Pair;
import org.nastavnik.liferay.service.base.PairLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for pairs. The proposing curator is the row's {@code userId}; the status columns
 * follow the portal's workflow fields.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.Pair",
	service = AopService.class
)
public class PairLocalServiceImpl extends PairLocalServiceBaseImpl {

	public Pair addPair(
		long userId, long programId, long mentorUserId, String mentorResponse, String status,
		Date statusDate, ServiceContext serviceContext) {

		Pair pair = pairPersistence.create(counterLocalService.increment());

		pair.setUuid(serviceContext.getUuid());
		pair.setGroupId(serviceContext.getScopeGroupId());
		pair.setCompanyId(serviceContext.getCompanyId());
		pair.setUserId(userId);
		pair.setUserName(_getUserName(userId));

		pair.setCreateDate(statusDate);
		pair.setModifiedDate(statusDate);
		pair.setProgramId(programId);
		pair.setMentorUserId(mentorUserId);
		pair.setMentorResponse(mentorResponse);
		pair.setStatus(status);
		pair.setStatusByUserId(userId);
		pair.setStatusDate(statusDate);

		// The first stored version is 1, as in the JDBC twin: Hibernate keeps a non-negative
		// initial version and increments it on each update.

		pair.setMvccVersion(1);

		return pairPersistence.update(pair);
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
