package org.nastavnik.pairs;

import java.util.Optional;
import java.util.Set;

import org.nastavnik.access.Actor;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Mentoring pairs and groups and their lifecycle.
 *
 * <p>A curator proposes; the mentor and each mentee accept or decline as themselves; when all
 * who stay have accepted the pair is active; a curator or the mentor completes it, a curator
 * cancels it. A mentor's proposed and active mentees never exceed the mentor's capacity.</p>
 */
@ProviderType
public interface PairService {

	/**
	 * Proposes a pair or group; needs {@link PairActions#MANAGE_PAIRS} or curatorship of the
	 * program.
	 *
	 * @param actor the curator
	 * @param programId the program
	 * @param proposal the mentor and mentees
	 * @return the proposed pair
	 * @throws org.nastavnik.failure.ConflictException if the mentor has too few free places or a
	 *         mentee already has an open pair in the program
	 */
	Pair propose(Actor actor, long programId, PairProposal proposal);

	/**
	 * @param actor who reads: a participant, a curator of the program or a manager
	 * @param pairId the pair
	 * @return the pair
	 * @throws org.nastavnik.failure.NotFoundException if there is none the actor may see
	 */
	Pair pair(Actor actor, long pairId);

	/**
	 * @param actor who reads; people who do not manage the pairs see only their own
	 * @param query which pairs
	 * @param pageRequest the page
	 * @return pairs, the newest first
	 */
	Page<Pair> pairs(Actor actor, PairQuery query, PageRequest pageRequest);

	/**
	 * @param actor who asks
	 * @param pair a pair the actor may see
	 * @return the commands the actor may send to the pair in its current state
	 */
	Set<PairCommand> commands(Actor actor, Pair pair);

	/**
	 * The actor, a participant with a pending answer, accepts the proposal.
	 *
	 * @param actor the mentor or a mentee of the pair
	 * @param pairId the pair
	 * @param expectedVersion the version the actor saw; empty to answer whatever the latest is
	 *        (answers of different participants never overwrite each other)
	 * @return the pair, active if this was the last answer needed
	 */
	Pair accept(Actor actor, long pairId, Optional<Long> expectedVersion);

	/**
	 * The actor, a participant with a pending answer, declines the proposal. A declining mentee
	 * leaves the group; a declining mentor, or the last mentee, ends the proposal.
	 *
	 * @param actor the mentor or a mentee of the pair
	 * @param pairId the pair
	 * @param expectedVersion as for {@link #accept}
	 * @return the pair
	 */
	Pair decline(Actor actor, long pairId, Optional<Long> expectedVersion);

	/**
	 * Completes an active pair; a curator or the mentor may.
	 *
	 * @param actor who completes it
	 * @param pairId the pair
	 * @param expectedVersion the version the actor saw
	 * @param summary a plain-text summary of the results, possibly empty
	 * @return the completed pair
	 */
	Pair complete(Actor actor, long pairId, long expectedVersion, String summary);

	/**
	 * Cancels a proposed or active pair; a curator may.
	 *
	 * @param actor the curator
	 * @param pairId the pair
	 * @param expectedVersion the version the actor saw
	 * @param reason why; required
	 * @return the cancelled pair
	 */
	Pair cancel(Actor actor, long pairId, long expectedVersion, String reason);

}
