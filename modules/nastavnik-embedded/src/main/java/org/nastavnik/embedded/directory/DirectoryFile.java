package org.nastavnik.embedded.directory;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.nastavnik.directory.OrganizationKind;

/**
 * The JSON form of a directory file, as read; {@link FileDirectory} checks that it holds together.
 *
 * @param organizations the organizations
 * @param people the people with their sign-in data
 * @param signInHints accounts the sign-in page suggests, possibly none
 */
record DirectoryFile(
	List<OrganizationEntry> organizations, List<PersonEntry> people,
	List<SignInHint> signInHints) {

	DirectoryFile {
		organizations = (organizations == null) ? List.of() : List.copyOf(organizations);
		people = (people == null) ? List.of() : List.copyOf(people);
		signInHints = (signInHints == null) ? List.of() : List.copyOf(signInHints);
	}

	static DirectoryFile read(InputStream inputStream) throws IOException {
		return new ObjectMapper().readValue(inputStream, DirectoryFile.class);
	}

	/**
	 * An organization as the file lists it.
	 *
	 * @param id the organization ID
	 * @param name the name
	 * @param kind the kind
	 */
	record OrganizationEntry(long id, String name, OrganizationKind kind) {
	}

	/**
	 * A person as the file lists them.
	 *
	 * @param userId the user ID
	 * @param screenName the login name
	 * @param fullName the full name
	 * @param email the e-mail address
	 * @param jobTitle the position
	 * @param organizationIds the organizations the person works in
	 * @param roles the role names
	 * @param passwordHash the password in {@link PasswordHash} form
	 */
	record PersonEntry(
		long userId, String screenName, String fullName, String email, String jobTitle,
		List<Long> organizationIds, Set<String> roles, String passwordHash) {

		PersonEntry {
			Objects.requireNonNull(screenName, "screenName");
			organizationIds = (organizationIds == null) ? List.of() : List.copyOf(organizationIds);
			roles = (roles == null) ? Set.of() : Set.copyOf(roles);
		}

	}

}
