package org.nastavnik.directory;

import java.util.Objects;

/**
 * An educational organization of the municipality.
 *
 * @param organizationId the ID
 * @param name the official short name, e.g. «МДОУ детский сад № 5»
 * @param kind the kind
 */
public record Organization(long organizationId, String name, OrganizationKind kind) {

	public Organization {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
	}

}
