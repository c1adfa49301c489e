package org.nastavnik.access;

import java.util.Objects;

/**
 * A named permission. The name is the same in both runtimes: it is the action ID of the portal's
 * {@code resource-actions/default.xml} and a key of the embedded runtime's role matrix.
 *
 * <p>Each capability declares its own actions (for example {@code PairActions}).</p>
 *
 * @param name the action ID, upper case with underscores, e.g. {@code MANAGE_PAIRS}
 */
public record Action(String name) {

	public Action {
		Objects.requireNonNull(name, "name");

		if (!name.matches("[A-Z][A-Z_]*")) {
			throw new IllegalArgumentException("Action names are upper case: " + name);
		}
	}

	@Override
	public String toString() {
		return name;
	}

}
