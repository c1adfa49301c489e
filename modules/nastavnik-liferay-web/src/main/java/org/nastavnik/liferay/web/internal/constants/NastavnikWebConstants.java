package org.nastavnik.liferay.web.internal.constants;

/**
 * Paths below the portal's context path where the other Nastavnik bundles are served in the portal.
 */
public class NastavnikWebConstants {

	/**
	 * The REST application ({@code org.nastavnik.rest.NastavnikApplication}) below {@code /o}, the
	 * portal's JAX-RS whiteboard servlet; the base is set by this bundle's
	 * {@code configuration/org.nastavnik.rest.NastavnikApplication.config}.
	 */
	public static final String REST_PATH = "/o/nastavnik/v1";

	/** The entry module of nastavnik-ui, served by the HTTP whiteboard below {@code /o}. */
	public static final String UI_SCRIPT_PATH = "/o/nastavnik-ui/nastavnik.js";

}
