package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.nastavnik.liferay.model.MentorStrength;
import org.nastavnik.liferay.service.base.MentorStrengthLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for the competencies mentors are strong in.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.MentorStrength",
	service = AopService.class
)
public class MentorStrengthLocalServiceImpl extends MentorStrengthLocalServiceBaseImpl {

	public MentorStrength addMentorStrength(
		long userId, long mentorProfileId, long competencyId, int strengthLevel,
		ServiceContext serviceContext) {

		MentorStrength mentorStrength = mentorStrengthPersistence.create(counterLocalService.increment());

		mentorStrength.setUuid(serviceContext.getUuid());
		mentorStrength.setGroupId(serviceContext.getScopeGroupId());
		mentorStrength.setCompanyId(serviceContext.getCompanyId());
		mentorStrength.setUserId(userId);
		mentorStrength.setUserName(_getUserName(userId));

		mentorStrength.setMentorProfileId(mentorProfileId);
		mentorStrength.setCompetencyId(competencyId);
		mentorStrength.setStrengthLevel(strengthLevel);

		return mentorStrengthPersistence.update(mentorStrength);
	}

	public void deleteMentorStrengths(long mentorProfileId) {
		mentorStrengthPersistence.removeByMentorProfileId(mentorProfileId);
	}

	public List<MentorStrength> getMentorStrengths(long[] mentorProfileIds) {
		return mentorStrengthPersistence.findByMentorProfileId(mentorProfileIds);
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
