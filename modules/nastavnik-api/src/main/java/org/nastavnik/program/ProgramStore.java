package org.nastavnik.program;

import java.util.Optional;

import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Persistence of programs.
 */
@ConsumerType
public interface ProgramStore {

	/**
	 * @param draft a validated draft
	 * @param createdByUserId who creates it
	 * @return the stored program, version 1
	 */
	Program add(ProgramDraft draft, long createdByUserId);

	/**
	 * @param programId the ID
	 * @return the program
	 */
	Optional<Program> find(long programId);

	/**
	 * @param pageRequest the page
	 * @return programs, the latest start first
	 */
	Page<Program> find(PageRequest pageRequest);

	/**
	 * @param userId a person
	 * @return whether the person is a curator of at least one program
	 */
	boolean isCuratorOfAny(long userId);

}
