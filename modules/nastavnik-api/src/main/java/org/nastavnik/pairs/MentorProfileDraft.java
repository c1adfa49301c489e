package org.nastavnik.pairs;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a mentor (or a curator for them) enters into the mentor bank. The service validates it.
 *
 * @param strengths competencies the mentor is strong in, each at most once
 * @param capacity the most mentees at once, {@value #MIN_CAPACITY} to {@value #MAX_CAPACITY}
 * @param formats how the mentor can meet, at least one
 * @param bio a short plain-text introduction, at most {@value #MAX_BIO_LENGTH} characters
 */
public record MentorProfileDraft(
	List<Strength> strengths, int capacity, Set<MeetingFormat> formats, String bio) {

	/** The smallest capacity. */
	public static final int MIN_CAPACITY = 1;

	/** The largest capacity. */
	public static final int MAX_CAPACITY = 10;

	/** The longest bio. */
	public static final int MAX_BIO_LENGTH = 2000;

	public MentorProfileDraft {
		strengths = (strengths == null) ? List.of() : List.copyOf(strengths);
		formats = (formats == null) ? Set.of() : Set.copyOf(formats);
		bio = Objects.requireNonNullElse(bio, "").strip();
	}

}
