package org.nastavnik.failure;

/**
 * The input is well-formed but breaks a rule of the domain, such as a transition the current state does not allow (HTTP 422).
 */
public final class RuleViolationException extends NastavnikException {

	/**
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public RuleViolationException(String messageKey, Object... arguments) {
		this(arguments, null, messageKey);
	}

	/**
	 * @param field the input field at fault
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public static RuleViolationException forField(String field, String messageKey, Object... arguments) {
		return new RuleViolationException(arguments, field, messageKey);
	}

	private RuleViolationException(Object[] arguments, String field, String messageKey) {
		super(messageKey, field, arguments);
	}

}
