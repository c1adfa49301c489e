package org.nastavnik.rest.pairs;

import java.util.Map;

import org.nastavnik.directory.Person;
import org.nastavnik.pairs.Response;
import org.nastavnik.rest.directory.PersonRef;

/**
 * The mentor or a mentee of a pair with their answer to the proposal.
 *
 * @param userId the user ID
 * @param screenName the login name; empty if the person has left the directory
 * @param fullName the name shown to others; empty if the person has left the directory
 * @param response their answer
 */
public record ParticipantJson(
	long userId, String screenName, String fullName, Response response) {

	/**
	 * @param userId a participant
	 * @param response their answer
	 * @param people people looked up in one batch
	 * @return the participant's JSON
	 */
	public static ParticipantJson of(long userId, Response response, Map<Long, Person> people) {
		PersonRef personRef = PersonRef.of(userId, people);

		return new ParticipantJson(
			userId, personRef.screenName(), personRef.fullName(), response);
	}

}
