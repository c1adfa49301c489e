package org.nastavnik.liferay.web.internal.portlet;

import java.util.List;

import javax.portlet.Portlet;

import org.nastavnik.access.Action;
import org.nastavnik.liferay.web.constants.NastavnikPortletKeys;
import org.nastavnik.pairs.PairActions;

import org.osgi.service.component.annotations.Component;

/**
 * The widget of the mentor bank: mentors, their strengths, capacity and formats
 * ({@code <nastavnik-mentor-bank>}).
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-nastavnik-mentor-bank",
		"com.liferay.portlet.display-category=category.nastavnik",
		"com.liferay.portlet.instanceable=false",
		"com.liferay.portlet.preferences-owned-by-group=true",
		"com.liferay.portlet.private-request-attributes=false",
		"com.liferay.portlet.private-session-attributes=false",
		"com.liferay.portlet.use-default-template=true",
		"javax.portlet.display-name=Mentor Bank",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + NastavnikPortletKeys.MENTOR_BANK,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=power-user,user",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class MentorBankPortlet extends BaseNastavnikPortlet {

	@Override
	protected List<Action> getActions() {
		return List.of(PairActions.MANAGE_MENTOR_BANK);
	}

	@Override
	protected String getElementName() {
		return "nastavnik-mentor-bank";
	}

}
