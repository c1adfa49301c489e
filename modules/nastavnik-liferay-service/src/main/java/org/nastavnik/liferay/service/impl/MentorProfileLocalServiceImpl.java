package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import org.nastavnik.liferay.model.MentorProfile;
import org.nastavnik.liferay.service.base.MentorProfileLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for the mentor bank. The mentor is the row's {@code userId}, as in the JDBC twin.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.MentorProfile",
	service = AopService.class
)
public class MentorProfileLocalServiceImpl extends MentorProfileLocalServiceBaseImpl {

	public MentorProfile addMentorProfile(
		long userId, int capacity, String formats, String bio, ServiceContext serviceContext) {

		MentorProfile mentorProfile = mentorProfilePersistence.create(counterLocalService.increment());

		mentorProfile.setUuid(serviceContext.getUuid());
		mentorProfile.setGroupId(serviceContext.getScopeGroupId());
		mentorProfile.setCompanyId(serviceContext.getCompanyId());
		mentorProfile.setUserId(userId);
		mentorProfile.setUserName(_getUserName(userId));

		mentorProfile.setCapacity(capacity);
		mentorProfile.setReservedSlots(0);
		mentorProfile.setFormats(formats);
		mentorProfile.setBio(bio);

		// The first stored version is 1, as in the JDBC twin: Hibernate keeps a non-negative
		// initial version and increments it on each update.

		mentorProfile.setMvccVersion(1);

		return mentorProfilePersistence.update(mentorProfile);
	}

	public MentorProfile fetchMentorProfile(long groupId, long userId) {
		return mentorProfilePersistence.fetchByG_U(groupId, userId);
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
