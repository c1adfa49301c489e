package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import org.nastavnik.liferay.model.MenteeProfile;
import org.nastavnik.liferay.service.base.MenteeProfileLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for the mentee registry. The mentee is the row's {@code userId}, as in the JDBC
 * twin.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.MenteeProfile",
	service = AopService.class
)
public class MenteeProfileLocalServiceImpl extends MenteeProfileLocalServiceBaseImpl {

	public MenteeProfile addMenteeProfile(
		long userId, String category, int yearsOfExperience, long organizationId,
		ServiceContext serviceContext) {

		MenteeProfile menteeProfile = menteeProfilePersistence.create(counterLocalService.increment());

		menteeProfile.setUuid(serviceContext.getUuid());
		menteeProfile.setGroupId(serviceContext.getScopeGroupId());
		menteeProfile.setCompanyId(serviceContext.getCompanyId());
		menteeProfile.setUserId(userId);
		menteeProfile.setUserName(_getUserName(userId));

		menteeProfile.setCategory(category);
		menteeProfile.setYearsOfExperience(yearsOfExperience);
		menteeProfile.setOrganizationId(organizationId);

		// The first stored version is 1, as in the JDBC twin: Hibernate keeps a non-negative
		// initial version and increments it on each update.

		menteeProfile.setMvccVersion(1);

		return menteeProfilePersistence.update(menteeProfile);
	}

	public MenteeProfile fetchMenteeProfile(long groupId, long userId) {
		return menteeProfilePersistence.fetchByG_U(groupId, userId);
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
