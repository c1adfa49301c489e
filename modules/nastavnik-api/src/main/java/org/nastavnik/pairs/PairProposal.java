package org.nastavnik.pairs;

import java.util.List;

/**
 * A curator's proposal of a pair (one mentee) or a group (several).
 *
 * @param mentorUserId the mentor, who must be in the mentor bank
 * @param menteeUserIds the mentees, who must be in the mentee registry; at least one
 */
public record PairProposal(long mentorUserId, List<Long> menteeUserIds) {

	public PairProposal {
		menteeUserIds = (menteeUserIds == null) ? List.of() : List.copyOf(menteeUserIds);
	}

}
