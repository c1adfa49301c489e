package org.nastavnik.core.pairs;

import java.util.List;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairStore;
import org.nastavnik.program.ProgramStore;

/**
 * Who a person is towards pairs: a manager by role, a curator of a program, a mentor of someone.
 * Role permissions come from the runtime; the relations come from our own data.
 */
final class PairRoles {

	PairRoles(AccessControl accessControl, PairStore pairStore, ProgramStore programStore) {
		_accessControl = accessControl;
		_pairStore = pairStore;
		_programStore = programStore;
	}

	/**
	 * @return whether the person manages the pairs of the program: by role, or as its curator
	 */
	boolean curates(Actor actor, long programId) {
		return managesAllPairs(actor) ||
			_programStore.find(
				programId
			).map(
				program -> program.isCurator(actor.userId())
			).orElse(
				false
			);
	}

	/**
	 * @return whether the person manages pairs anywhere: by role, or as a curator of a program
	 */
	boolean curatesAnyProgram(Actor actor) {
		return managesAllPairs(actor) || _programStore.isCuratorOfAny(actor.userId());
	}

	/**
	 * @return whether the person manages the pairs of every program by role
	 */
	boolean managesAllPairs(Actor actor) {
		return _accessControl.isAllowed(actor, PairActions.MANAGE_PAIRS);
	}

	/**
	 * @return the pairs in which the person is the mentor
	 */
	List<Pair> pairsMentoredBy(Actor actor) {
		return _pairStore.find(
			PairQuery.ofParticipant(actor.userId()),
			new PageRequest(1, PageRequest.MAX_PAGE_SIZE)
		).items(
		).stream(
		).filter(
			pair -> pair.mentorUserId() == actor.userId()
		).toList();
	}

	/**
	 * @return whether the person may see the pair: a participant or a curator of its program
	 */
	boolean sees(Actor actor, Pair pair) {
		return pair.isParticipant(actor.userId()) || curates(actor, pair.programId());
	}

	private final AccessControl _accessControl;
	private final PairStore _pairStore;
	private final ProgramStore _programStore;

}
