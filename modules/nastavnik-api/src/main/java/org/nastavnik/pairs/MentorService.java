package org.nastavnik.pairs;

import java.util.Optional;

import org.nastavnik.access.Actor;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The mentor bank. Every signed-in educator may read it.
 */
@ProviderType
public interface MentorService {

	/**
	 * @param actor who reads
	 * @param query which mentors
	 * @param pageRequest the page
	 * @return mentors, in the order they entered the bank
	 */
	Page<Mentor> mentors(Actor actor, MentorQuery query, PageRequest pageRequest);

	/**
	 * @param actor who reads
	 * @param userId the mentor
	 * @return the mentor
	 * @throws org.nastavnik.failure.NotFoundException if the person is not in the bank
	 */
	Mentor mentor(Actor actor, long userId);

	/**
	 * Enters a person into the mentor bank or changes their entry. The person themselves may, and
	 * so may holders of {@link PairActions#MANAGE_MENTOR_BANK}.
	 *
	 * @param actor who saves
	 * @param userId the mentor
	 * @param draft the entry
	 * @param expectedVersion the version the change was made on; empty to create the entry
	 * @return the saved mentor
	 * @throws org.nastavnik.failure.ConflictException if the version is stale, if an entry exists
	 *         but no version was given, or if the capacity is below the mentees already held
	 */
	Mentor saveMentor(
		Actor actor, long userId, MentorProfileDraft draft, Optional<Long> expectedVersion);

}
