package org.nastavnik.program;

import org.nastavnik.access.Actor;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Mentoring programs.
 */
@ProviderType
public interface ProgramService {

	/**
	 * Creates a program; needs {@link ProgramActions#ADD_PROGRAM}.
	 *
	 * @param actor who creates it
	 * @param draft what they entered
	 * @return the program
	 */
	Program addProgram(Actor actor, ProgramDraft draft);

	/**
	 * @param actor who reads
	 * @param programId the ID
	 * @return the program
	 * @throws org.nastavnik.failure.NotFoundException if there is none
	 */
	Program program(Actor actor, long programId);

	/**
	 * @param actor who reads
	 * @param pageRequest the page
	 * @return programs, the latest start first
	 */
	Page<Program> programs(Actor actor, PageRequest pageRequest);

}
