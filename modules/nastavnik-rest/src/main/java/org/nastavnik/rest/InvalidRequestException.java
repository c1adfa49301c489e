package org.nastavnik.rest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.ws.rs.BadRequestException;

/**
 * A request the HTTP edge rejects before any service sees it: a missing body, a query parameter
 * that is not a number or not one of its values. Its message key is one of
 * {@link RestMessages}.
 */
public final class InvalidRequestException extends BadRequestException {

	/**
	 * @param field the JSON property or query parameter at fault
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 * @return the exception
	 */
	public static InvalidRequestException forField(
		String field, String messageKey, Object... arguments) {

		return new InvalidRequestException(Objects.requireNonNull(field), messageKey, arguments);
	}

	/**
	 * @param body the body JAX-RS read, {@code null} when the request had none
	 * @return the body
	 * @throws InvalidRequestException if there was none
	 */
	public static <T> T requireBody(T body) {
		if (body == null) {
			throw new InvalidRequestException("request.body.required");
		}

		return body;
	}

	/**
	 * @param messageKey the message key
	 * @param arguments the message arguments
	 */
	public InvalidRequestException(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	/**
	 * @return the message arguments
	 */
	public List<Object> arguments() {
		return _arguments;
	}

	/**
	 * @return the input at fault, if known
	 */
	public Optional<String> field() {
		return Optional.ofNullable(_field);
	}

	/**
	 * @return the message key
	 */
	public String messageKey() {
		return _messageKey;
	}

	private InvalidRequestException(String field, String messageKey, Object[] arguments) {
		super(messageKey);

		_field = field;
		_messageKey = Objects.requireNonNull(messageKey, "messageKey");
		_arguments = List.of(arguments);
	}

	private final List<Object> _arguments;
	private final String _field;
	private final String _messageKey;

}
