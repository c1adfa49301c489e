package org.nastavnik.directory;

import java.util.List;
import java.util.Objects;

/**
 * An educator, administrator or editor as the directory knows them.
 *
 * @param userId the user ID
 * @param screenName the login name
 * @param fullName the name shown to others
 * @param email the e-mail address, possibly empty
 * @param jobTitle the position, e.g. «воспитатель» or «учитель математики», possibly empty
 * @param organizationIds the organizations the person works in
 */
public record Person(
	long userId, String screenName, String fullName, String email, String jobTitle,
	List<Long> organizationIds) {

	public Person {
		Objects.requireNonNull(screenName, "screenName");
		Objects.requireNonNull(fullName, "fullName");
		email = Objects.requireNonNullElse(email, "");
		jobTitle = Objects.requireNonNullElse(jobTitle, "");
		organizationIds = List.copyOf(organizationIds);
	}

}
