package org.nastavnik.liferay.it.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/**
 * Service properties that make a mock match a reference's target filter, e.g.
 * {@code (&(release.bundle.symbolic.name=x)(release.schema.version>=1.0.0))} gives
 * {@code release.bundle.symbolic.name=x, release.schema.version=1.0.0}.
 *
 * <p>
 * Equality, {@code >=}, {@code <=}, {@code ~=} and presence take the value written; {@code &}
 * combines its parts; {@code |} takes its first part; {@code !} adds nothing. The result is then
 * matched against the filter, and a filter these rules cannot satisfy is an error that names it,
 * never a silently unmatched mock.
 * </p>
 */
public final class TargetFilterProperties {

	/**
	 * The properties for a target filter; none for a null filter.
	 *
	 * @throws IllegalArgumentException if the filter is not valid, or the properties derived
	 *         from it do not match it
	 */
	public static Map<String, Object> of(String target) {
		Map<String, Object> properties = new LinkedHashMap<>();

		if ((target == null) || target.isBlank()) {
			return properties;
		}

		Filter filter;

		try {
			filter = FrameworkUtil.createFilter(target);
		}
		catch (InvalidSyntaxException invalidSyntaxException) {
			throw new IllegalArgumentException(
				"Invalid target filter " + target, invalidSyntaxException);
		}

		Map<String, List<String>> values = new LinkedHashMap<>();

		new TargetFilterProperties(target, values)._filter();

		values.forEach(
			(key, list) -> properties.put(
				key, (list.size() == 1) ? list.get(0) : list.toArray(new String[0])));

		if (!filter.matches(properties)) {
			throw new IllegalArgumentException(
				"Cannot derive service properties matching the target filter " + target +
					" (derived " + properties +
						"); give this reference an explicit mock");
		}

		return properties;
	}

	private TargetFilterProperties(String filter, Map<String, List<String>> values) {
		_filter = filter;
		_values = values;
	}

	private void _expect(char c) {
		if ((_position >= _filter.length()) || (_filter.charAt(_position) != c)) {
			throw new IllegalArgumentException(
				"Expected '" + c + "' at " + _position + " of " + _filter);
		}

		_position++;
	}

	// filter = "(" ( "&" filter+ | "|" filter+ | "!" filter | item ) ")"
	private void _filter() {
		_expect('(');

		char c = _filter.charAt(_position);

		if ((c == '&') || (c == '|') || (c == '!')) {
			_position++;

			boolean first = true;

			while (_filter.charAt(_position) == '(') {
				if ((c == '&') || ((c == '|') && first)) {
					_filter();
				}
				else {
					_skip();
				}

				first = false;
			}
		}
		else {
			_item();
		}

		_expect(')');
	}

	private void _item() {
		StringBuilder key = new StringBuilder();

		while ("=<>~".indexOf(_filter.charAt(_position)) < 0) {
			key.append(_filter.charAt(_position++));
		}

		while (_filter.charAt(_position) != '=') {
			_position++;
		}

		_position++;

		StringBuilder value = new StringBuilder();

		while (_filter.charAt(_position) != ')') {
			char c = _filter.charAt(_position++);

			if (c == '\\') {
				value.append(_filter.charAt(_position++));
			}
			else if (c != '*') {

				// Presence (key=*) and substrings (key=a*b) become the literal parts, or "mock".
				value.append(c);
			}
		}

		String name = key.toString().trim();

		if (name.equalsIgnoreCase("objectClass")) {
			return;
		}

		_values.computeIfAbsent(
			name, __ -> new ArrayList<>()
		).add(
			value.isEmpty() ? "mock" : value.toString()
		);
	}

	private void _skip() {
		int depth = 0;

		do {
			char c = _filter.charAt(_position++);

			if (c == '\\') {
				_position++;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
		}
		while (depth > 0);
	}

	private final String _filter;
	private int _position;
	private final Map<String, List<String>> _values;

}
