package org.nastavnik.embedded.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.nastavnik.directory.Person;

/**
 * The sign-in side of the embedded runtime's directory: passwords and roles, which the portal keeps
 * in its own user store and the API therefore leaves out of {@link org.nastavnik.directory.Directory}.
 */
public interface Accounts {

	/**
	 * Checks a password in constant time per account, also for unknown screen names, so the time
	 * taken does not tell which names exist.
	 *
	 * @param screenName the login name, in any letter case
	 * @param password the password as typed
	 * @return the person, if the screen name exists and the password matches
	 */
	Optional<Person> authenticate(String screenName, String password);

	/**
	 * @param screenName a login name, in any letter case
	 * @return the person with that screen name
	 */
	Optional<Person> person(String screenName);

	/**
	 * @param userId a user ID
	 * @return the person's role names, e.g. {@code curator}; empty for an unknown person
	 */
	Set<String> roles(long userId);

	/**
	 * @return the accounts the sign-in page offers for trying the demo; empty unless the built-in
	 *         demo directory is in use
	 */
	List<SignInHint> signInHints();

}
