package org.nastavnik.failure;

/**
 * The request conflicts with the current state: a stale version, a full mentor, a duplicate (HTTP 409).
 */
public final class ConflictException extends NastavnikException {

	/**
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public ConflictException(String messageKey, Object... arguments) {
		this(arguments, null, messageKey);
	}

	/**
	 * @param field the input field at fault
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public static ConflictException forField(String field, String messageKey, Object... arguments) {
		return new ConflictException(arguments, field, messageKey);
	}

	private ConflictException(Object[] arguments, String field, String messageKey) {
		super(messageKey, field, arguments);
	}

}
