package org.nastavnik.pairs;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a pair is in its lifecycle: proposed → active → completed, or cancelled by a curator, or
 * declined by its participants. Each state carries what is known only in it.
 */
public sealed interface PairState {

	/**
	 * @return the name of the state
	 */
	PairStatus status();

	/**
	 * @return when the pair entered the state
	 */
	Instant since();

	/**
	 * @return whether the pair still holds its mentor's capacity (proposed or active)
	 */
	default boolean isOpen() {
		return (this instanceof Proposed) || (this instanceof Active);
	}

	/**
	 * A curator proposed the pair; the participants answer.
	 *
	 * @param since when it was proposed
	 */
	record Proposed(Instant since) implements PairState {

		public Proposed {
			Objects.requireNonNull(since, "since");
		}

		@Override
		public PairStatus status() {
			return PairStatus.PROPOSED;
		}

	}

	/**
	 * Everyone who stayed accepted; the pair works.
	 *
	 * @param since when the last participant accepted
	 */
	record Active(Instant since) implements PairState {

		public Active {
			Objects.requireNonNull(since, "since");
		}

		@Override
		public PairStatus status() {
			return PairStatus.ACTIVE;
		}

	}

	/**
	 * The work is done.
	 *
	 * @param since when it was completed
	 * @param byUserId who completed it
	 * @param summary a plain-text summary of the results, possibly empty
	 */
	record Completed(Instant since, long byUserId, String summary) implements PairState {

		public Completed {
			Objects.requireNonNull(since, "since");
			summary = Objects.requireNonNullElse(summary, "");
		}

		@Override
		public PairStatus status() {
			return PairStatus.COMPLETED;
		}

	}

	/**
	 * A curator ended the pair before its work was done.
	 *
	 * @param since when it was cancelled
	 * @param byUserId who cancelled it
	 * @param reason why, never empty
	 */
	record Cancelled(Instant since, long byUserId, String reason) implements PairState {

		public Cancelled {
			Objects.requireNonNull(since, "since");
			Objects.requireNonNull(reason, "reason");
		}

		@Override
		public PairStatus status() {
			return PairStatus.CANCELLED;
		}

	}

	/**
	 * The mentor, or every mentee, declined the proposal.
	 *
	 * @param since when the deciding answer came
	 * @param byUserId whose answer decided it
	 */
	record Declined(Instant since, long byUserId) implements PairState {

		public Declined {
			Objects.requireNonNull(since, "since");
		}

		@Override
		public PairStatus status() {
			return PairStatus.DECLINED;
		}

	}

}
