package org.nastavnik.pairs;

import java.util.Objects;

/**
 * A mentee of a pair or group, with their answer to the proposal.
 *
 * @param menteeUserId the mentee
 * @param response their answer
 */
public record PairMember(long menteeUserId, Response response) {

	public PairMember {
		Objects.requireNonNull(response, "response");
	}

}
