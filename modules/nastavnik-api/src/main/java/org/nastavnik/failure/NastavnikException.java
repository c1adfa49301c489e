package org.nastavnik.failure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure a service reports to its caller. It never carries user-facing text itself: a
 * {@link #messageKey() message key} and its {@link #arguments() arguments} are localized by
 * {@link FailureMessages} for whoever asked, and {@link #field()} names the input at fault.
 *
 * <p>The kinds are closed so that every edge (REST, portlet) maps each one exactly once.</p>
 */
public abstract sealed class NastavnikException extends RuntimeException
	permits AccessDeniedException, ConflictException, InvalidInputException, NotFoundException,
		RuleViolationException {

	protected NastavnikException(String messageKey, String field, Object... arguments) {
		super(messageKey);

		_messageKey = Objects.requireNonNull(messageKey, "messageKey");
		_field = field;
		_arguments = List.of(arguments);
	}

	/**
	 * @return the arguments for the message pattern, in order
	 */
	public List<Object> arguments() {
		return _arguments;
	}

	/**
	 * @return the name of the input field at fault, if one is
	 */
	public Optional<String> field() {
		return Optional.ofNullable(_field);
	}

	@Override
	public String getMessage() {
		return FailureMessages.localize(this, Locale.ENGLISH);
	}

	/**
	 * @return the key of the message in {@code org/nastavnik/failure/messages.properties}
	 */
	public String messageKey() {
		return _messageKey;
	}

	private final List<Object> _arguments;
	private final String _field;
	private final String _messageKey;

}
