package org.nastavnik.pairs;

import java.util.Objects;
import java.util.Optional;

/**
 * Which pairs a list shows.
 *
 * @param programId only pairs of this program
 * @param status only pairs in this state
 * @param participantUserId only pairs this person is the mentor or a mentee of
 */
public record PairQuery(
	Optional<Long> programId, Optional<PairStatus> status, Optional<Long> participantUserId) {

	public PairQuery {
		Objects.requireNonNull(programId, "programId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(participantUserId, "participantUserId");
	}

	/**
	 * @param programId a program
	 * @return every pair of the program
	 */
	public static PairQuery ofProgram(long programId) {
		return new PairQuery(Optional.of(programId), Optional.empty(), Optional.empty());
	}

	/**
	 * @param userId a person
	 * @return every pair the person is the mentor or a mentee of
	 */
	public static PairQuery ofParticipant(long userId) {
		return new PairQuery(Optional.empty(), Optional.empty(), Optional.of(userId));
	}

	/**
	 * @param userId a person
	 * @return this query narrowed to pairs the person takes part in
	 */
	public PairQuery withParticipant(long userId) {
		return new PairQuery(programId, status, Optional.of(userId));
	}

}
