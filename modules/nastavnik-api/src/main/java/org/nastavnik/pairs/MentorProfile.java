package org.nastavnik.pairs;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person's entry in the mentor bank (банк наставников).
 *
 * @param userId the mentor
 * @param strengths competencies the mentor is strong in
 * @param capacity the most mentees the mentor takes at once (proposed and active), 1 to 10
 * @param formats how the mentor can meet
 * @param bio a short plain-text introduction
 * @param reservedSlots mentees now held by proposed and active pairs; never above capacity
 * @param version the optimistic-locking version
 */
public record MentorProfile(
	long userId, List<Strength> strengths, int capacity, Set<MeetingFormat> formats, String bio,
	int reservedSlots, long version) {

	public MentorProfile {
		strengths = List.copyOf(strengths);
		formats = Set.copyOf(formats);
		bio = Objects.requireNonNullElse(bio, "");
	}

	/**
	 * @return how many more mentees the mentor can take
	 */
	public int freeSlots() {
		return Math.max(0, capacity - reservedSlots);
	}

}
