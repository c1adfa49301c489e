package org.nastavnik.pairs;

import java.util.Optional;

import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Persistence of the mentee registry.
 */
@ConsumerType
public interface MenteeStore {

	/**
	 * @param userId the mentee
	 * @return the profile
	 */
	Optional<MenteeProfile> find(long userId);

	/**
	 * @param query which mentees
	 * @param pageRequest the page
	 * @return profiles, in the order they were added
	 */
	Page<MenteeProfile> find(MenteeQuery query, PageRequest pageRequest);

	/**
	 * @param userId the mentee
	 * @param draft a validated entry
	 * @return the stored profile, version 1
	 * @throws org.nastavnik.failure.ConflictException if the person already has a profile
	 */
	MenteeProfile add(long userId, MenteeProfileDraft draft);

	/**
	 * @param userId the mentee
	 * @param draft a validated entry
	 * @param expectedVersion the version the change was made on
	 * @return the stored profile, its version incremented
	 * @throws org.nastavnik.failure.ConflictException if the version is stale
	 */
	MenteeProfile update(long userId, MenteeProfileDraft draft, long expectedVersion);

}
