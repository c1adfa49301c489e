package org.nastavnik.rest.program;

import java.time.LocalDate;
import java.util.List;

import org.nastavnik.program.ProgramDraft;

/**
 * What a client sends to create a program; the service validates it.
 *
 * @param title the title
 * @param description the plain-text description
 * @param startDate the first day
 * @param endDate the last day
 * @param curatorUserIds the curators
 */
public record ProgramInput(
	String title, String description, LocalDate startDate, LocalDate endDate,
	List<Long> curatorUserIds) {

	/**
	 * @return the draft the service takes
	 */
	public ProgramDraft toDraft() {
		return new ProgramDraft(title, description, startDate, endDate, curatorUserIds);
	}

}
