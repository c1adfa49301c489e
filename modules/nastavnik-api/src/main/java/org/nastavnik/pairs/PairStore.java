package org.nastavnik.pairs;

import java.util.List;
import java.util.Optional;

import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Persistence of pairs with their members. The database holds each mentee to at most one open
 * (proposed or active) pair per program.
 */
@ConsumerType
public interface PairStore {

	/**
	 * @param programId the program
	 * @param mentorUserId the mentor
	 * @param menteeUserIds the mentees, all pending
	 * @param proposedByUserId the curator
	 * @return the stored pair, proposed, version 1
	 * @throws org.nastavnik.failure.ConflictException if a mentee already has an open pair in the
	 *         program
	 */
	Pair add(long programId, long mentorUserId, List<Long> menteeUserIds, long proposedByUserId);

	/**
	 * @param pairId the pair
	 * @return the pair
	 */
	Optional<Pair> find(long pairId);

	/**
	 * @param query which pairs
	 * @param pageRequest the page
	 * @return pairs, the newest first
	 */
	Page<Pair> find(PairQuery query, PageRequest pageRequest);

	/**
	 * @param programId a program
	 * @param menteeUserId a mentee
	 * @return whether the mentee has a proposed or active pair in the program (as a mentee who has
	 *         not declined)
	 */
	boolean hasOpenPair(long programId, long menteeUserId);

	/**
	 * Stores the answers and state of a pair whose {@link Pair#version()} is the version it was
	 * read at.
	 *
	 * @param pair the changed pair
	 * @return the stored pair, its version incremented
	 * @throws org.nastavnik.failure.ConflictException if the stored version differs
	 */
	Pair update(Pair pair);

}
