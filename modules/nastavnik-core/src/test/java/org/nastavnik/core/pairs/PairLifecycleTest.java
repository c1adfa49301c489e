package org.nastavnik.core.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nastavnik.core.FailureAssertions.assertFails;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.RuleViolationException;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.pairs.Response;

class PairLifecycleTest {

	@Test
	void aPairBecomesActiveWhenTheMentorAndTheMenteeHaveAccepted() {
		Pair pair = PairLifecycle.respond(_proposed(MENTEE_A), MENTOR, Response.ACCEPTED, NOW);

		assertThat(pair.state().status()).isEqualTo(PairStatus.PROPOSED);

		pair = PairLifecycle.respond(pair, MENTEE_A, Response.ACCEPTED, NOW);

		assertThat(pair.state()).isEqualTo(new PairState.Active(NOW));
		assertThat(pair.reservedSlots()).isEqualTo(1);
	}

	@Test
	void theOrderOfAnswersDoesNotMatter() {
		Pair pair = PairLifecycle.respond(_proposed(MENTEE_A), MENTEE_A, Response.ACCEPTED, NOW);

		pair = PairLifecycle.respond(pair, MENTOR, Response.ACCEPTED, NOW);

		assertThat(pair.state().status()).isEqualTo(PairStatus.ACTIVE);
	}

	@Test
	void aMentorDecliningEndsTheProposalAndFreesEveryPlace() {
		Pair pair = PairLifecycle.respond(
			_proposed(MENTEE_A, MENTEE_B), MENTOR, Response.DECLINED, NOW);

		assertThat(pair.state()).isEqualTo(new PairState.Declined(NOW, MENTOR));
		assertThat(pair.reservedSlots()).isZero();
	}

	@Test
	void aMenteeDecliningLeavesTheGroupAndTheOthersGoOn() {
		Pair pair = _proposed(MENTEE_A, MENTEE_B);

		pair = PairLifecycle.respond(pair, MENTOR, Response.ACCEPTED, NOW);
		pair = PairLifecycle.respond(pair, MENTEE_B, Response.DECLINED, NOW);

		assertThat(pair.state().status()).isEqualTo(PairStatus.PROPOSED);
		assertThat(pair.menteeUserIds()).containsExactly(MENTEE_A);
		assertThat(pair.reservedSlots()).isEqualTo(1);

		pair = PairLifecycle.respond(pair, MENTEE_A, Response.ACCEPTED, NOW);

		assertThat(pair.state().status()).isEqualTo(PairStatus.ACTIVE);
		assertThat(pair.members()).containsExactly(
			new PairMember(MENTEE_A, Response.ACCEPTED),
			new PairMember(MENTEE_B, Response.DECLINED));
	}

	@Test
	void theLastMenteeDecliningEndsTheProposal() {
		Pair pair = PairLifecycle.respond(_proposed(MENTEE_A), MENTEE_A, Response.DECLINED, NOW);

		assertThat(pair.state()).isEqualTo(new PairState.Declined(NOW, MENTEE_A));
	}

	@Test
	void someoneOutsideThePairCannotAnswer() {
		assertThatThrownBy(
			() -> PairLifecycle.respond(_proposed(MENTEE_A), 99, Response.ACCEPTED, NOW)
		).isInstanceOf(
			AccessDeniedException.class
		);
	}

	@Test
	void nobodyAnswersTwice() {
		Pair answered = PairLifecycle.respond(
			_proposed(MENTEE_A), MENTOR, Response.ACCEPTED, NOW);

		assertFails(
			() -> PairLifecycle.respond(answered, MENTOR, Response.DECLINED, NOW),
			RuleViolationException.class, "pair.already-answered");
	}

	@Test
	void anActivePairTakesNoMoreAnswers() {
		Pair active = _proposed(MENTEE_A).withState(new PairState.Active(NOW));

		assertThat(PairLifecycle.awaitsAnswerFrom(active, MENTOR)).isFalse();
		assertFails(
			() -> PairLifecycle.respond(active, MENTOR, Response.DECLINED, NOW),
			RuleViolationException.class, "pair.not-proposed");
	}

	@Test
	void onlyAnActivePairCanBeCompleted() {
		assertThatThrownBy(
			() -> PairLifecycle.complete(_proposed(MENTEE_A), CURATOR, "", NOW)
		).isInstanceOf(
			RuleViolationException.class
		);

		Pair completed = PairLifecycle.complete(
			_proposed(MENTEE_A).withState(new PairState.Active(NOW)), CURATOR, "Итоги", NOW);

		assertThat(completed.state()).isEqualTo(new PairState.Completed(NOW, CURATOR, "Итоги"));
		assertThat(completed.reservedSlots()).isZero();
	}

	@Test
	void proposedAndActivePairsCanBeCancelledButNotTwice() {
		Pair cancelled = PairLifecycle.cancel(_proposed(MENTEE_A), CURATOR, "Переезд", NOW);

		assertThat(cancelled.state()).isEqualTo(new PairState.Cancelled(NOW, CURATOR, "Переезд"));
		assertFails(
			() -> PairLifecycle.cancel(cancelled, CURATOR, "Ещё раз", NOW),
			RuleViolationException.class, "pair.not-open");
	}

	static Pair _proposed(Long... menteeUserIds) {
		List<PairMember> members = List.of(
			menteeUserIds
		).stream(
		).map(
			menteeUserId -> new PairMember(menteeUserId, Response.PENDING)
		).toList();

		return new Pair(
			1, 10, MENTOR, Response.PENDING, members, new PairState.Proposed(NOW), CURATOR, NOW,
			1);
	}

	static final long CURATOR = 2;

	static final long MENTEE_A = 21;

	static final long MENTEE_B = 22;

	static final long MENTOR = 11;

	static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

}
