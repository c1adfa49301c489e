package org.nastavnik.rest.pairs;

import java.util.List;
import java.util.Optional;

import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfileDraft;

/**
 * What a client sends to enter a mentee into the registry or change their entry.
 *
 * @param category why they are in the registry
 * @param yearsOfExperience full years of teaching
 * @param organizationId the organization where they are mentored
 * @param supportNeeds the competencies they ask support in
 * @param version the version the change was made on; absent to create the entry
 */
public record MenteeInput(
	MenteeCategory category, int yearsOfExperience, long organizationId,
	List<Long> supportNeeds, Optional<Long> version) {

	public MenteeInput {
		version = (version == null) ? Optional.empty() : version;
	}

	/**
	 * @return the draft the service takes
	 */
	public MenteeProfileDraft toDraft() {
		return new MenteeProfileDraft(category, yearsOfExperience, organizationId, supportNeeds);
	}

}
