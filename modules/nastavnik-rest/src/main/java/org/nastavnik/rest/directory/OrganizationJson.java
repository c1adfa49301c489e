package org.nastavnik.rest.directory;

import org.nastavnik.directory.Organization;
import org.nastavnik.directory.OrganizationKind;

/**
 * An organization as the API shows it.
 *
 * @param id the organization ID
 * @param name the official short name
 * @param kind the kind
 */
public record OrganizationJson(long id, String name, OrganizationKind kind) {

	/**
	 * @param organization an organization
	 * @return its JSON
	 */
	public static OrganizationJson of(Organization organization) {
		return new OrganizationJson(
			organization.organizationId(), organization.name(), organization.kind());
	}

}
