package org.nastavnik.liferay.web.constants;

/**
 * Names ({@code javax.portlet.name}) of the Nastavnik portlets. They are also the portlet IDs and the
 * portlet resource names of {@code resource-actions/default.xml}.
 */
public class NastavnikPortletKeys {

	/** The Control Panel app: pairs, mentor bank and mentee registry of every program. */
	public static final String ADMIN = "org_nastavnik_liferay_web_AdminPortlet";

	/** The widget showing the registry of mentees. */
	public static final String MENTEE_REGISTRY =
		"org_nastavnik_liferay_web_MenteeRegistryPortlet";

	/** The widget showing the bank of mentors. */
	public static final String MENTOR_BANK =
		"org_nastavnik_liferay_web_MentorBankPortlet";

	/** The widget showing mentoring pairs, of one configured program or of all. */
	public static final String PAIR_REGISTRY =
		"org_nastavnik_liferay_web_PairRegistryPortlet";

}
