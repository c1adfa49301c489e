package org.nastavnik.liferay.internal.store.pairs;

import java.util.List;

import org.nastavnik.liferay.model.MenteeNeed;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfile;

/**
 * The one place where a Service Builder mentee profile and its need rows become the API's
 * record.
 */
final class MenteeMapping {

	static MenteeProfile toMenteeProfile(
		org.nastavnik.liferay.model.MenteeProfile menteeProfile, List<MenteeNeed> menteeNeeds) {

		return new MenteeProfile(
			menteeProfile.getUserId(), MenteeCategory.valueOf(menteeProfile.getCategory()),
			menteeProfile.getYearsOfExperience(), menteeProfile.getOrganizationId(),
			menteeNeeds.stream(
			).map(
				MenteeNeed::getCompetencyId
			).toList(),
			menteeProfile.getMvccVersion());
	}

	private MenteeMapping() {
	}

}
