package org.nastavnik.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A mentoring program (программа наставничества) of the municipality or an organization.
 *
 * @param programId the ID
 * @param title the title
 * @param description a plain-text description, possibly empty
 * @param startDate the first day
 * @param endDate the last day, on or after the first
 * @param curatorUserIds the curators, who form pairs and follow them
 * @param createdByUserId who created it
 * @param createDate when it was created
 * @param version the optimistic-locking version
 */
public record Program(
	long programId, String title, String description, LocalDate startDate, LocalDate endDate,
	List<Long> curatorUserIds, long createdByUserId, Instant createDate, long version) {

	public Program {
		Objects.requireNonNull(title, "title");
		description = Objects.requireNonNullElse(description, "");
		Objects.requireNonNull(startDate, "startDate");
		Objects.requireNonNull(endDate, "endDate");
		curatorUserIds = List.copyOf(curatorUserIds);
		Objects.requireNonNull(createDate, "createDate");
	}

	/**
	 * @param userId a user ID
	 * @return whether the person is a curator of this program
	 */
	public boolean isCurator(long userId) {
		return curatorUserIds.contains(userId);
	}

}
