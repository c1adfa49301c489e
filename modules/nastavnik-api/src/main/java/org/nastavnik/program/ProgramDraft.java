package org.nastavnik.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a person enters to create a program. The service validates it.
 *
 * @param title the title
 * @param description a plain-text description, possibly empty
 * @param startDate the first day
 * @param endDate the last day
 * @param curatorUserIds the curators
 */
public record ProgramDraft(
	String title, String description, LocalDate startDate, LocalDate endDate,
	List<Long> curatorUserIds) {

	public ProgramDraft {
		title = Objects.requireNonNullElse(title, "");
		description = Objects.requireNonNullElse(description, "");
		curatorUserIds = (curatorUserIds == null) ? List.of() : List.copyOf(curatorUserIds);
	}

}
