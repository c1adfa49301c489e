package org.nastavnik.store.jdbc.pairs;

import java.time.Instant;
import java.util.Optional;

import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStatus;

/**
 * A {@link PairState} as the status columns of {@code Nastavnik_Pair} hold it, after the portal's
 * workflow fields (status, statusDate, statusByUserId) plus a note.
 *
 * @param status the name of the state
 * @param statusDate when the pair entered it
 * @param statusByUserId who moved it there: the proposer, the deciding participant, the person
 *        who completed or cancelled it; 0 for an active pair
 * @param statusNote the completion summary or the cancel reason
 */
record StatusColumns(
	PairStatus status, Instant statusDate, long statusByUserId, Optional<String> statusNote) {

	/**
	 * @param state a state
	 * @param proposedByUserId who proposed the pair
	 * @return its columns
	 */
	static StatusColumns of(PairState state, long proposedByUserId) {
		if (state instanceof PairState.Proposed proposed) {
			return new StatusColumns(
				PairStatus.PROPOSED, proposed.since(), proposedByUserId, Optional.empty());
		}

		if (state instanceof PairState.Active active) {
			return new StatusColumns(PairStatus.ACTIVE, active.since(), 0, Optional.empty());
		}

		if (state instanceof PairState.Completed completed) {
			return new StatusColumns(
				PairStatus.COMPLETED, completed.since(), completed.byUserId(),
				Optional.of(completed.summary()));
		}

		if (state instanceof PairState.Cancelled cancelled) {
			return new StatusColumns(
				PairStatus.CANCELLED, cancelled.since(), cancelled.byUserId(),
				Optional.of(cancelled.reason()));
		}

		PairState.Declined declined = (PairState.Declined)state;

		return new StatusColumns(
			PairStatus.DECLINED, declined.since(), declined.byUserId(), Optional.empty());
	}

	/**
	 * @return the state
	 */
	PairState toState() {
		return switch (status) {
			case PROPOSED -> new PairState.Proposed(statusDate);
			case ACTIVE -> new PairState.Active(statusDate);
			case COMPLETED -> new PairState.Completed(
				statusDate, statusByUserId, statusNote.orElse(""));
			case CANCELLED -> new PairState.Cancelled(
				statusDate, statusByUserId, statusNote.orElse(""));
			case DECLINED -> new PairState.Declined(statusDate, statusByUserId);
		};
	}

}
