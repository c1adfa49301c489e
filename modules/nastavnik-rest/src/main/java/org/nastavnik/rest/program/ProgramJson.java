package org.nastavnik.rest.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.nastavnik.directory.Person;
import org.nastavnik.program.Program;
import org.nastavnik.rest.directory.PersonRef;

/**
 * A mentoring program as the API shows it.
 *
 * @param id the program ID
 * @param title the title
 * @param description the plain-text description, possibly empty
 * @param startDate the first day
 * @param endDate the last day
 * @param curators the curators
 * @param createDate when it was created
 * @param version the version to send back with changes
 */
public record ProgramJson(
	long id, String title, String description, LocalDate startDate, LocalDate endDate,
	List<PersonRef> curators, Instant createDate, long version) {

	public ProgramJson {
		curators = List.copyOf(curators);
	}

	/**
	 * @param program a program
	 * @param people its curators, looked up in one batch
	 * @return its JSON
	 */
	public static ProgramJson of(Program program, Map<Long, Person> people) {
		return new ProgramJson(
			program.programId(), program.title(), program.description(), program.startDate(),
			program.endDate(),
			program.curatorUserIds(
			).stream(
			).map(
				userId -> PersonRef.of(userId, people)
			).toList(),
			program.createDate(), program.version());
	}

}
