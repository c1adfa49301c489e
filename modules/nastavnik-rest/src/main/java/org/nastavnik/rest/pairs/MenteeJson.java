package org.nastavnik.rest.pairs;

import java.util.List;
import java.util.Optional;

import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.rest.directory.OrganizationJson;

/**
 * A mentee of the registry as the API shows one.
 *
 * @param userId the mentee's user ID
 * @param screenName the login name
 * @param fullName the name shown to others
 * @param jobTitle the position, possibly empty
 * @param category why they are in the registry
 * @param yearsOfExperience full years of teaching
 * @param organization where they are mentored; {@code null} in JSON if the directory no longer
 *        has it
 * @param supportNeeds the competencies they ask support in
 * @param version the version to send back with changes
 */
public record MenteeJson(
	long userId, String screenName, String fullName, String jobTitle, MenteeCategory category,
	int yearsOfExperience, Optional<OrganizationJson> organization,
	List<SupportNeedJson> supportNeeds, long version) {

	public MenteeJson {
		supportNeeds = List.copyOf(supportNeeds);
	}

}
