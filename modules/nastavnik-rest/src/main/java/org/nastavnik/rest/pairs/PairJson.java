package org.nastavnik.rest.pairs;

import java.time.Instant;
import java.util.List;

import org.nastavnik.pairs.PairCommand;
import org.nastavnik.pairs.PairStatus;

/**
 * A mentoring pair or group as the API shows one.
 *
 * @param id the pair ID
 * @param programId the program
 * @param status where the pair is in its lifecycle
 * @param version the version to send back with commands
 * @param mentorUserId the mentor
 * @param menteeUserIds the mentees who have not declined
 * @param mentor the mentor with their answer
 * @param mentees every mentee proposed, with their answers
 * @param statusDate when the pair entered its status
 * @param statusNote the completion summary or the cancel reason; otherwise empty
 * @param proposedByUserId the curator who proposed it
 * @param createDate when it was proposed
 * @param actions the commands the caller may send now
 */
public record PairJson(
	long id, long programId, PairStatus status, long version, long mentorUserId,
	List<Long> menteeUserIds, ParticipantJson mentor, List<ParticipantJson> mentees,
	Instant statusDate, String statusNote, long proposedByUserId, Instant createDate,
	List<PairCommand> actions) {

	public PairJson {
		menteeUserIds = List.copyOf(menteeUserIds);
		mentees = List.copyOf(mentees);
		actions = List.copyOf(actions);
	}

}
