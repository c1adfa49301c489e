package org.nastavnik.pairs;

import java.util.Optional;

import org.nastavnik.access.Actor;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The mentee registry. Its entries name support needs, so a mentee sees their own entry, their
 * mentors see theirs, and curators (program curators or holders of
 * {@link PairActions#MANAGE_PAIRS}) see all.
 */
@ProviderType
public interface MenteeService {

	/**
	 * @param actor who reads
	 * @param query which mentees
	 * @param pageRequest the page
	 * @return the mentees the actor may see, in the order they entered the registry
	 */
	Page<Mentee> mentees(Actor actor, MenteeQuery query, PageRequest pageRequest);

	/**
	 * @param actor who reads
	 * @param userId the mentee
	 * @return the mentee
	 * @throws org.nastavnik.failure.NotFoundException if not in the registry or not visible
	 */
	Mentee mentee(Actor actor, long userId);

	/**
	 * Enters a person into the mentee registry or changes their entry. The person themselves may,
	 * and so may holders of {@link PairActions#MANAGE_MENTOR_BANK}.
	 *
	 * @param actor who saves
	 * @param userId the mentee
	 * @param draft the entry
	 * @param expectedVersion the version the change was made on; empty to create the entry
	 * @return the saved mentee
	 */
	Mentee saveMentee(
		Actor actor, long userId, MenteeProfileDraft draft, Optional<Long> expectedVersion);

}
