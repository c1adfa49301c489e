package org.nastavnik.access;

/**
 * The signed-in person on whose behalf a service method runs. The edges (REST, portlets) create
 * it from an authenticated request; services never accept an anonymous caller.
 *
 * @param userId the person's user ID in the directory
 */
public record Actor(long userId) {

	public Actor {
		if (userId <= 0) {
			throw new IllegalArgumentException("An actor is a signed-in person: " + userId);
		}
	}

}
