package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.nastavnik.liferay.model.MenteeNeed;
import org.nastavnik.liferay.service.base.MenteeNeedLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for the competencies mentees ask support in.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.MenteeNeed",
	service = AopService.class
)
public class MenteeNeedLocalServiceImpl extends MenteeNeedLocalServiceBaseImpl {

	public MenteeNeed addMenteeNeed(
		long userId, long menteeProfileId, long competencyId, ServiceContext serviceContext) {

		MenteeNeed menteeNeed = menteeNeedPersistence.create(counterLocalService.increment());

		menteeNeed.setUuid(serviceContext.getUuid());
		menteeNeed.setGroupId(serviceContext.getScopeGroupId());
		menteeNeed.setCompanyId(serviceContext.getCompanyId());
		menteeNeed.setUserId(userId);
		menteeNeed.setUserName(_getUserName(userId));

		menteeNeed.setMenteeProfileId(menteeProfileId);
		menteeNeed.setCompetencyId(competencyId);

		return menteeNeedPersistence.update(menteeNeed);
	}

	public void deleteMenteeNeeds(long menteeProfileId) {
		menteeNeedPersistence.removeByMenteeProfileId(menteeProfileId);
	}

	public List<MenteeNeed> getMenteeNeeds(long[] menteeProfileIds) {
		return menteeNeedPersistence.findByMenteeProfileId(menteeProfileIds);
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
