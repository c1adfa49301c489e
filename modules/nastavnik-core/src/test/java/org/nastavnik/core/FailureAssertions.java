package org.nastavnik.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.nastavnik.failure.NastavnikException;

/**
 * Asserts that a call fails the way a service promises: the kind, the message key, the field.
 */
public final class FailureAssertions {

	/**
	 * @param call the call
	 * @param kind the expected kind of failure
	 * @param messageKey the expected message key
	 * @return the failure, for further checks
	 */
	public static <T extends NastavnikException> T assertFails(
		ThrowingCallable call, Class<T> kind, String messageKey) {

		Throwable throwable = catchThrowable(call);

		assertThat(throwable).isInstanceOf(kind);

		T failure = kind.cast(throwable);

		assertThat(failure.messageKey()).isEqualTo(messageKey);

		return failure;
	}

	/**
	 * As {@link #assertFails(ThrowingCallable, Class, String)}, also checking the field.
	 */
	public static <T extends NastavnikException> T assertFails(
		ThrowingCallable call, Class<T> kind, String messageKey, String field) {

		T failure = assertFails(call, kind, messageKey);

		assertThat(failure.field()).isEqualTo(Optional.of(field));

		return failure;
	}

	private FailureAssertions() {
	}

}
