package org.nastavnik.pairs;

import java.util.Optional;

import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Persistence of the mentor bank, including the count of each mentor's reserved places, which
 * the database keeps within capacity.
 */
@ConsumerType
public interface MentorStore {

	/**
	 * @param userId the mentor
	 * @return the profile
	 */
	Optional<MentorProfile> find(long userId);

	/**
	 * @param query which mentors
	 * @param pageRequest the page
	 * @return profiles, in the order they were added
	 */
	Page<MentorProfile> find(MentorQuery query, PageRequest pageRequest);

	/**
	 * @param userId the mentor
	 * @param draft a validated entry
	 * @return the stored profile, version 1, no places reserved
	 * @throws org.nastavnik.failure.ConflictException if the person already has a profile
	 */
	MentorProfile add(long userId, MentorProfileDraft draft);

	/**
	 * @param userId the mentor
	 * @param draft a validated entry
	 * @param expectedVersion the version the change was made on
	 * @return the stored profile, its version incremented
	 * @throws org.nastavnik.failure.ConflictException if the version is stale or the capacity is
	 *         below the places reserved
	 */
	MentorProfile update(long userId, MentorProfileDraft draft, long expectedVersion);

	/**
	 * Reserves places atomically: in the database, reserved places never exceed capacity, also
	 * when many transactions reserve at once.
	 *
	 * @param userId the mentor
	 * @param slots how many places
	 * @return whether they were free and are now reserved
	 */
	boolean reserveSlots(long userId, int slots);

	/**
	 * @param userId the mentor
	 * @param slots how many reserved places to free
	 */
	void releaseSlots(long userId, int slots);

}
