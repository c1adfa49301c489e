package org.nastavnik.rest.directory;

import java.util.List;

/**
 * The signed-in person, with what the UI needs to decide what to offer them.
 *
 * @param userId the user ID
 * @param screenName the login name
 * @param fullName the name shown to others
 * @param email the e-mail address, possibly empty
 * @param jobTitle the position, possibly empty
 * @param organizations the organizations the person works in
 * @param permissions the actions the person holds, e.g. {@code ADD_PROGRAM}
 * @param mentor whether the person is in the mentor bank
 * @param mentee whether the person is in the mentee registry
 */
public record MeJson(
	long userId, String screenName, String fullName, String email, String jobTitle,
	List<OrganizationJson> organizations, List<String> permissions, boolean mentor,
	boolean mentee) {

	public MeJson {
		organizations = List.copyOf(organizations);
		permissions = List.copyOf(permissions);
	}

}
