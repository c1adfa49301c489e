package org.nastavnik.rest.pairs;

import java.util.List;

import org.nastavnik.pairs.PairProposal;

/**
 * A curator's proposal of a pair or group as a client sends it.
 *
 * @param mentorUserId the mentor
 * @param menteeUserIds the mentees
 */
public record PairInput(long mentorUserId, List<Long> menteeUserIds) {

	/**
	 * @return the proposal the service takes
	 */
	public PairProposal toProposal() {
		return new PairProposal(mentorUserId, menteeUserIds);
	}

}
