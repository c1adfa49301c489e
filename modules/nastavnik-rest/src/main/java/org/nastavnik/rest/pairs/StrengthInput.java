package org.nastavnik.rest.pairs;

import org.nastavnik.pairs.Strength;

/**
 * A strength as a client sends it.
 *
 * @param competencyId the competency
 * @param level 1 to 5
 */
public record StrengthInput(long competencyId, int level) {

	/**
	 * @return the strength
	 * @throws org.nastavnik.failure.InvalidInputException if the level is out of range
	 */
	public Strength toStrength() {
		return new Strength(competencyId, level);
	}

}
