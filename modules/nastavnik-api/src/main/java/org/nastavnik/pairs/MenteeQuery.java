package org.nastavnik.pairs;

import java.util.Objects;
import java.util.Optional;

/**
 * Which mentees a list shows.
 *
 * @param category only mentees of this category
 * @param organizationId only mentees of this organization
 */
public record MenteeQuery(Optional<MenteeCategory> category, Optional<Long> organizationId) {

	public MenteeQuery {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(organizationId, "organizationId");
	}

	/**
	 * @return every mentee
	 */
	public static MenteeQuery all() {
		return new MenteeQuery(Optional.empty(), Optional.empty());
	}

}
