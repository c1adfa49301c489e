package org.nastavnik.failure;

/**
 * An input value is missing or out of its range (HTTP 400).
 */
public final class InvalidInputException extends NastavnikException {

	/**
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public InvalidInputException(String messageKey, Object... arguments) {
		this(arguments, null, messageKey);
	}

	/**
	 * @param field the input field at fault
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public static InvalidInputException forField(String field, String messageKey, Object... arguments) {
		return new InvalidInputException(arguments, field, messageKey);
	}

	private InvalidInputException(Object[] arguments, String field, String messageKey) {
		super(messageKey, field, arguments);
	}

}
