package org.nastavnik.pairs;

import java.util.List;
import java.util.Objects;

/**
 * A person's entry in the mentee registry.
 *
 * @param userId the mentee
 * @param category why they are in the registry
 * @param yearsOfExperience full years of teaching, 0 to 60
 * @param organizationId the organization where they are mentored
 * @param supportNeeds competencies they ask support in
 * @param version the optimistic-locking version
 */
public record MenteeProfile(
	long userId, MenteeCategory category, int yearsOfExperience, long organizationId,
	List<Long> supportNeeds, long version) {

	public MenteeProfile {
		Objects.requireNonNull(category, "category");
		supportNeeds = List.copyOf(supportNeeds);
	}

}
