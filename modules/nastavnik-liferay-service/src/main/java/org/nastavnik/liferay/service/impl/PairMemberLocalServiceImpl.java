package org.nastavnik.liferay.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

import org.nastavnik.liferay.model.PairMember;
import org.nastavnik.liferay.service.base.PairMemberLocalServiceBaseImpl;

import org.osgi.service.component.annotations.Component;

/**
 * Portal glue for the mentees of pairs.
 */
@Component(
	property = "model.class.name=org.nastavnik.liferay.model.PairMember",
	service = AopService.class
)
public class PairMemberLocalServiceImpl extends PairMemberLocalServiceBaseImpl {

	public PairMember addPairMember(
		long userId, long pairId, long programId, long menteeUserId, String response,
		int openInProgram, ServiceContext serviceContext) {

		PairMember pairMember = pairMemberPersistence.create(counterLocalService.increment());

		pairMember.setUuid(serviceContext.getUuid());
		pairMember.setGroupId(serviceContext.getScopeGroupId());
		pairMember.setCompanyId(serviceContext.getCompanyId());
		pairMember.setUserId(userId);
		pairMember.setUserName(_getUserName(userId));

		pairMember.setPairId(pairId);
		pairMember.setProgramId(programId);
		pairMember.setMenteeUserId(menteeUserId);
		pairMember.setResponse(response);
		pairMember.setOpenInProgram(openInProgram);

		return pairMemberPersistence.update(pairMember);
	}

	public PairMember fetchOpenPairMember(long programId, long menteeUserId) {
		return pairMemberPersistence.fetchByP_M_O(programId, menteeUserId, 1);
	}

	public PairMember fetchPairMember(long pairId, long menteeUserId) {
		return pairMemberPersistence.fetchByP_M(pairId, menteeUserId);
	}

	public List<PairMember> getPairMembers(long[] pairIds) {
		return pairMemberPersistence.findByPairId(pairIds);
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
