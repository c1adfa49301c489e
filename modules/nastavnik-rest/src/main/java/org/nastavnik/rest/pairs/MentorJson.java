package org.nastavnik.rest.pairs;

import java.util.List;

import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.rest.directory.OrganizationJson;

/**
 * A mentor of the mentor bank as the API shows one.
 *
 * @param userId the mentor's user ID
 * @param screenName the login name
 * @param fullName the name shown to others
 * @param jobTitle the position, possibly empty
 * @param organizations the organizations the mentor works in
 * @param strengths the competencies the mentor is strong in
 * @param capacity the most mentees at once
 * @param reservedSlots mentees held by proposed and active pairs
 * @param freeSlots how many more mentees the mentor can take
 * @param formats how the mentor can meet, in a fixed order
 * @param bio the plain-text introduction
 * @param version the version to send back with changes
 */
public record MentorJson(
	long userId, String screenName, String fullName, String jobTitle,
	List<OrganizationJson> organizations, List<StrengthJson> strengths, int capacity,
	int reservedSlots, int freeSlots, List<MeetingFormat> formats, String bio, long version) {

	public MentorJson {
		organizations = List.copyOf(organizations);
		strengths = List.copyOf(strengths);
		formats = List.copyOf(formats);
	}

}
