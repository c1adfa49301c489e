package org.nastavnik.pairs;

import java.util.List;

/**
 * What a mentee (or a curator for them) enters into the registry. The service validates it.
 *
 * @param category why they are in the registry; required
 * @param yearsOfExperience full years of teaching, 0 to {@value #MAX_YEARS}
 * @param organizationId the organization where they are mentored; one of theirs in the directory
 * @param supportNeeds competencies they ask support in, each at most once
 */
public record MenteeProfileDraft(
	MenteeCategory category, int yearsOfExperience, long organizationId, List<Long> supportNeeds) {

	/** The most years of experience anyone enters. */
	public static final int MAX_YEARS = 60;

	public MenteeProfileDraft {
		supportNeeds = (supportNeeds == null) ? List.of() : List.copyOf(supportNeeds);
	}

}
