package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.nastavnik.liferay.model.Competency;
import org.nastavnik.liferay.service.base.CompetencyLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for the competency framework: IDs from the counter, site and company from the
 * service context, audit fields. What the rows mean is the store's business.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.Competency",
	service = AopService.class
)
public class CompetencyLocalServiceImpl extends CompetencyLocalServiceBaseImpl {

	public Competency addCompetency(
		long userId, String code, String area, String nameRu, String nameEn, int priority,
		ServiceContext serviceContext) {

		Competency competency = competencyPersistence.create(counterLocalService.increment());

		competency.setUuid(serviceContext.getUuid());
		competency.setGroupId(serviceContext.getScopeGroupId());
		competency.setCompanyId(serviceContext.getCompanyId());
		competency.setUserId(userId);
		competency.setUserName(_getUserName(userId));

		competency.setCode(code);
		competency.setArea(area);
		competency.setNameRu(nameRu);
		competency.setNameEn(nameEn);
		competency.setPriority(priority);

		// The first stored version is 1, as in the JDBC twin: Hibernate keeps a non-negative
		// initial version and increments it on each update.

		competency.setMvccVersion(1);

		return competencyPersistence.update(competency);
	}

	public Competency fetchCompetency(long groupId, String code) {
		return competencyPersistence.fetchByG_C(groupId, code);
	}

	public List<Competency> getCompetencies(long groupId) {
		return competencyPersistence.findByGroupId(groupId);
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
