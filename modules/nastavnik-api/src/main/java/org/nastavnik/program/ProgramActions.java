package org.nastavnik.program;

import java.util.List;

import org.nastavnik.access.Action;

/**
 * Actions of the programs capability.
 */
public final class ProgramActions {

	/** Create mentoring programs. */
	public static final Action ADD_PROGRAM = new Action("ADD_PROGRAM");

	/** Every action of this capability. */
	public static final List<Action> ALL = List.of(ADD_PROGRAM);

	private ProgramActions() {
	}

}
