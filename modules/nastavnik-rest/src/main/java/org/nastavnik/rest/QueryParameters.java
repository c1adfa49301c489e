package org.nastavnik.rest;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.nastavnik.paging.PageRequest;

/**
 * Reads query parameters that resources take as text, so that a bad value is a 400 naming the
 * parameter rather than the 404 JAX-RS gives when it cannot convert one.
 */
public final class QueryParameters {

	/**
	 * @param name the parameter
	 * @param value its value, possibly {@code null}
	 * @param defaultValue the value when absent
	 * @return {@code true} or {@code false}
	 */
	public static boolean flag(String name, String value, boolean defaultValue) {
		if ((value == null) || value.isEmpty()) {
			return defaultValue;
		}

		if (value.equals("true") || value.equals("false")) {
			return Boolean.parseBoolean(value);
		}

		throw InvalidRequestException.forField(name, "request.parameter.not-a-flag", name, value);
	}

	/**
	 * @param name the parameter
	 * @param value its value, possibly {@code null}
	 * @param type the enum
	 * @return the constant named by the value, if a value was given
	 */
	public static <E extends Enum<E>> Optional<E> optionalEnum(
		String name, String value, Class<E> type) {

		if ((value == null) || value.isEmpty()) {
			return Optional.empty();
		}

		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return Optional.of(constant);
			}
		}

		throw InvalidRequestException.forField(
			name, "request.parameter.unknown-value", name, value,
			Arrays.stream(
				type.getEnumConstants()
			).map(
				Enum::name
			).collect(
				Collectors.joining(", ")
			));
	}

	/**
	 * @param name the parameter
	 * @param value its value, possibly {@code null}
	 * @return the ID, if a value was given
	 */
	public static Optional<Long> optionalId(String name, String value) {
		if ((value == null) || value.isEmpty()) {
			return Optional.empty();
		}

		return Optional.of(_number(name, value));
	}

	/**
	 * @param page the {@code page} parameter, possibly {@code null}
	 * @param pageSize the {@code pageSize} parameter, possibly {@code null}
	 * @return the page asked for; the first of {@value PageRequest#DEFAULT_PAGE_SIZE} by default
	 * @throws org.nastavnik.failure.InvalidInputException if a number is out of range
	 */
	public static PageRequest pageRequest(String page, String pageSize) {
		return new PageRequest(
			_intValue("page", page, 1),
			_intValue("pageSize", pageSize, PageRequest.DEFAULT_PAGE_SIZE));
	}

	private static int _intValue(String name, String value, int defaultValue) {
		if ((value == null) || value.isEmpty()) {
			return defaultValue;
		}

		long number = _number(name, value);

		// Out-of-range numbers still reach PageRequest, whose message states the range

		return (int)Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
	}

	private static long _number(String name, String value) {
		if (!value.matches("-?[0-9]{1,18}")) {
			throw InvalidRequestException.forField(
				name, "request.parameter.not-a-number", name, value);
		}

		return Long.parseLong(value);
	}

	private QueryParameters() {
	}

}
