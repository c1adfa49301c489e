package org.nastavnik.rest.pairs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.MentorProfileDraft;

/**
 * What a client sends to enter a mentor into the bank or change their entry.
 *
 * @param strengths the competencies the mentor is strong in
 * @param capacity the most mentees at once
 * @param formats how the mentor can meet
 * @param bio the plain-text introduction
 * @param version the version the change was made on; absent to create the entry
 */
public record MentorInput(
	List<StrengthInput> strengths, int capacity, Set<MeetingFormat> formats, String bio,
	Optional<Long> version) {

	public MentorInput {
		version = (version == null) ? Optional.empty() : version;
	}

	/**
	 * @return the draft the service takes
	 */
	public MentorProfileDraft toDraft() {
		return new MentorProfileDraft(
			(strengths == null) ? List.of() :
				strengths.stream(
				).map(
					StrengthInput::toStrength
				).toList(),
			capacity, formats, bio);
	}

}
