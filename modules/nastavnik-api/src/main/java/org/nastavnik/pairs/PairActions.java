package org.nastavnik.pairs;

import java.util.List;

import org.nastavnik.access.Action;

/**
 * Actions of the pair registry. A program's curators may manage its pairs without them.
 */
public final class PairActions {

	/** Propose, complete and cancel pairs in every program, and see the mentee registry. */
	public static final Action MANAGE_PAIRS = new Action("MANAGE_PAIRS");

	/** Edit anyone's mentor-bank and mentee-registry entries. */
	public static final Action MANAGE_MENTOR_BANK = new Action("MANAGE_MENTOR_BANK");

	/** Every action of this capability. */
	public static final List<Action> ALL = List.of(MANAGE_PAIRS, MANAGE_MENTOR_BANK);

	private PairActions() {
	}

}
