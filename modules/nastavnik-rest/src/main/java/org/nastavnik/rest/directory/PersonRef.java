package org.nastavnik.rest.directory;

import java.util.Map;

import org.nastavnik.directory.Person;

/**
 * A person as other things refer to them.
 *
 * @param userId the user ID
 * @param screenName the login name; empty if the person has left the directory
 * @param fullName the name shown to others; empty if the person has left the directory
 */
public record PersonRef(long userId, String screenName, String fullName) {

	/**
	 * @param userId a user ID
	 * @param people people looked up in one batch, by user ID
	 * @return a reference to the person, also when the directory no longer has them
	 */
	public static PersonRef of(long userId, Map<Long, Person> people) {
		Person person = people.get(userId);

		if (person == null) {
			return new PersonRef(userId, "", "");
		}

		return new PersonRef(userId, person.screenName(), person.fullName());
	}

}
