package org.nastavnik.failure;

/**
 * The person may not do this (HTTP 403).
 */
public final class AccessDeniedException extends NastavnikException {

	/**
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public AccessDeniedException(String messageKey, Object... arguments) {
		this(arguments, null, messageKey);
	}

	/**
	 * @param field the input field at fault
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public static AccessDeniedException forField(String field, String messageKey, Object... arguments) {
		return new AccessDeniedException(arguments, field, messageKey);
	}

	private AccessDeniedException(Object[] arguments, String field, String messageKey) {
		super(messageKey, field, arguments);
	}

}
