package org.nastavnik.access;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Role-based permissions as the runtime keeps them: the portal's permission checker and resource
 * actions, or the embedded runtime's role matrix.
 *
 * <p>Relations that belong to the domain (the curator of this program, the mentor of this pair)
 * are decided by the core, not here.</p>
 */
@ConsumerType
public interface AccessControl {

	/**
	 * @param actor the person
	 * @param action the action
	 * @return whether the person holds the action in the current scope (the portal site, or the
	 *         whole embedded installation)
	 */
	boolean isAllowed(Actor actor, Action action);

}
