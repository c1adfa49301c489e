package org.nastavnik.liferay.integration.internal.constants;

/**
 * Names of Nastavnik's resources in the portal's permission framework, as declared in
 * {@code resource-actions/default.xml}.
 */
public class NastavnikResourceConstants {

	/**
	 * The model class name of a pair. A string: the entity is generated in
	 * nastavnik-liferay-service, which this module must not depend on.
	 */
	public static final String MODEL_NAME_PAIR = "org.nastavnik.liferay.model.Pair";

	/** The model class name of a program; a string for the same reason. */
	public static final String MODEL_NAME_PROGRAM =
		"org.nastavnik.liferay.model.Program";

	/**
	 * The root model resource: the actions that are not about one entity (ADD_PROGRAM,
	 * MANAGE_PAIRS…) are checked on it, scoped to a site.
	 */
	public static final String RESOURCE_NAME = "org.nastavnik";

	/** Where the resource actions live in the bundle. */
	public static final String RESOURCE_ACTIONS_CONFIG =
		"resource-actions/default.xml";

}
