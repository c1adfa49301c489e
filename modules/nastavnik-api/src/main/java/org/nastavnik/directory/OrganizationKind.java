package org.nastavnik.directory;

/**
 * The kind of an educational organization; materials and reports are filtered by it.
 */
public enum OrganizationKind {

	/** Дошкольная образовательная организация (ДОО), a kindergarten. */
	KINDERGARTEN,

	/** A school. */
	SCHOOL,

	/** A methodological centre, a municipal office or anything else. */
	OTHER

}
