package org.nastavnik.rest;

import java.security.Principal;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.NotAuthorizedException;

import org.nastavnik.access.Actor;

/**
 * Who sends a request, as the runtime authenticated them: the principal's name (or the remote
 * user) is the numeric user ID. Resources ask here and nowhere else.
 */
public final class Caller {

	/**
	 * The challenge of a 401. Not {@code Basic}, so that browsers do not open their own sign-in
	 * dialog over the application's form.
	 */
	public static final String CHALLENGE = "Session realm=\"Nastavnik\"";

	/**
	 * @param request the request
	 * @return the signed-in person
	 * @throws NotAuthorizedException if nobody is signed in
	 */
	public static Actor actor(HttpServletRequest request) {
		return find(
			request
		).orElseThrow(
			() -> new NotAuthorizedException(CHALLENGE)
		);
	}

	/**
	 * @param request the request
	 * @return the signed-in person, if any
	 */
	public static Optional<Actor> find(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();

		String name = (principal != null) ? principal.getName() : request.getRemoteUser();

		if ((name == null) || !name.matches("[1-9][0-9]{0,17}")) {
			return Optional.empty();
		}

		return Optional.of(new Actor(Long.parseLong(name)));
	}

	private Caller() {
	}

}
