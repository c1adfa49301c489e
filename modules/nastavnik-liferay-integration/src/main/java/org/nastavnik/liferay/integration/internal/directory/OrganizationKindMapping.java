package org.nastavnik.liferay.integration.internal.directory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.nastavnik.directory.OrganizationKind;

/**
 * Maps portal organization types to {@link OrganizationKind}s, ignoring case and surrounding
 * blanks; a type listed as both a kindergarten and a school is a kindergarten.
 */
public class OrganizationKindMapping {

	/**
	 * @param kindergartenTypes the types of kindergartens
	 * @param schoolTypes the types of schools
	 */
	public OrganizationKindMapping(
		String[] kindergartenTypes, String[] schoolTypes) {

		_put(schoolTypes, OrganizationKind.SCHOOL);
		_put(kindergartenTypes, OrganizationKind.KINDERGARTEN);
	}

	/**
	 * @param type an organization's type, possibly {@code null}
	 * @return its kind, {@link OrganizationKind#OTHER} when the type is not mapped
	 */
	public OrganizationKind kind(String type) {
		if (type == null) {
			return OrganizationKind.OTHER;
		}

		return _organizationKinds.getOrDefault(
			_normalize(type), OrganizationKind.OTHER);
	}

	private static String _normalize(String type) {
		return type.strip(
		).toLowerCase(
			Locale.ROOT
		);
	}

	private void _put(String[] types, OrganizationKind organizationKind) {
		if (types == null) {
			return;
		}

		for (String type : types) {
			if ((type != null) && !type.isBlank()) {
				_organizationKinds.put(_normalize(type), organizationKind);
			}
		}
	}

	private final Map<String, OrganizationKind> _organizationKinds =
		new HashMap<>();

}
