package org.nastavnik.liferay.web.internal.portlet;

import java.util.List;

import javax.portlet.Portlet;

import org.nastavnik.access.Action;
import org.nastavnik.liferay.web.constants.NastavnikPortletKeys;
import org.nastavnik.pairs.PairActions;

import org.osgi.service.component.annotations.Component;

/**
 * The widget of the mentee registry: young specialists and others asking for support
 * ({@code <nastavnik-mentee-registry>}).
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-nastavnik-mentee-registry",
		"com.liferay.portlet.display-category=category.nastavnik",
		"com.liferay.portlet.instanceable=false",
		"com.liferay.portlet.preferences-owned-by-group=true",
		"com.liferay.portlet.private-request-attributes=false",
		"com.liferay.portlet.private-session-attributes=false",
		"com.liferay.portlet.use-default-template=true",
		"javax.portlet.display-name=Mentee Registry",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + NastavnikPortletKeys.MENTEE_REGISTRY,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class MenteeRegistryPortlet extends BaseNastavnikPortlet {

	@Override
	protected List<Action> getActions() {

		// MANAGE_PAIRS shows the whole registry, MANAGE_MENTOR_BANK edits anyone's entry.

		return List.of(PairActions.MANAGE_MENTOR_BANK, PairActions.MANAGE_PAIRS);
	}

	@Override
	protected String getElementName() {
		return "nastavnik-mentee-registry";
	}

}
