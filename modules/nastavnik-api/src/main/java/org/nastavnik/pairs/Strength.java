package org.nastavnik.pairs;

import org.nastavnik.failure.InvalidInputException;

/**
 * A competency a mentor is strong in, and how strong.
 *
 * @param competencyId the competency
 * @param level 1 (some experience) to 5 (can teach others)
 */
public record Strength(long competencyId, int level) {

	/** The lowest level. */
	public static final int MIN_LEVEL = 1;

	/** The highest level. */
	public static final int MAX_LEVEL = 5;

	public Strength {
		if ((level < MIN_LEVEL) || (level > MAX_LEVEL)) {
			throw InvalidInputException.forField(
				"strengths", "mentor.strength-level.invalid", MIN_LEVEL, MAX_LEVEL);
		}
	}

}
