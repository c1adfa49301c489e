package org.nastavnik.pairs;

import java.util.Objects;
import java.util.Optional;

/**
 * Which mentors a list shows.
 *
 * @param competencyId only mentors strong in this competency
 * @param format only mentors who meet this way
 * @param withFreeSlots only mentors who can take another mentee
 */
public record MentorQuery(
	Optional<Long> competencyId, Optional<MeetingFormat> format, boolean withFreeSlots) {

	public MentorQuery {
		Objects.requireNonNull(competencyId, "competencyId");
		Objects.requireNonNull(format, "format");
	}

	/**
	 * @return every mentor
	 */
	public static MentorQuery all() {
		return new MentorQuery(Optional.empty(), Optional.empty(), false);
	}

}
