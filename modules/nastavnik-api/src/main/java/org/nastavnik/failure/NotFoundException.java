package org.nastavnik.failure;

/**
 * The thing asked for does not exist or is not visible to the person (HTTP 404).
 */
public final class NotFoundException extends NastavnikException {

	/**
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public NotFoundException(String messageKey, Object... arguments) {
		this(arguments, null, messageKey);
	}

	/**
	 * @param field the input field at fault
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public static NotFoundException forField(String field, String messageKey, Object... arguments) {
		return new NotFoundException(arguments, field, messageKey);
	}

	private NotFoundException(Object[] arguments, String field, String messageKey) {
		super(messageKey, field, arguments);
	}

}
