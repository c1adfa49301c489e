package org.nastavnik.liferay.web.internal.portlet;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.RenderURL;

import org.nastavnik.access.Action;
import org.nastavnik.liferay.web.constants.NastavnikPortletKeys;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;

import org.osgi.service.component.annotations.Component;

/**
 * The administrators' view in the Applications menu (see {@code AdminPanelApp}): tabs for the pair
 * registry of all programs, the mentor bank and the mentee registry. The tabs are portlet render
 * URLs, so a tab can be bookmarked and the browser's back button works; only the selected tab's
 * element is rendered.
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-nastavnik-admin",
		"com.liferay.portlet.display-category=category.hidden",
		"com.liferay.portlet.instanceable=false",
		"com.liferay.portlet.preferences-owned-by-group=true",
		"com.liferay.portlet.private-request-attributes=false",
		"com.liferay.portlet.private-session-attributes=false",
		"com.liferay.portlet.use-default-template=true",
		"javax.portlet.display-name=Mentoring",
		"javax.portlet.expiration-cache=0",
		"javax.portlet.name=" + NastavnikPortletKeys.ADMIN,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class AdminPortlet extends BaseNastavnikPortlet {

	/** The render parameter that selects the tab. */
	public static final String TAB = "tab";

	@Override
	protected List<Action> getActions() {
		List<Action> actions = new ArrayList<>(PairActions.ALL);

		actions.addAll(ProgramActions.ALL);

		return actions;
	}

	/**
	 * @return the element of the first tab; {@link #renderContent} picks the selected one
	 */
	@Override
	protected String getElementName() {
		return _TABS.get(0).elementName();
	}

	@Override
	protected void renderContent(
			RenderRequest renderRequest, RenderResponse renderResponse,
			ThemeDisplay themeDisplay, StringBuilder sb)
		throws PortletException {

		Tab selectedTab = _getSelectedTab(renderRequest);

		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", themeDisplay.getLocale(), getClass());

		sb.append("<ul class=\"mb-3 nav nav-underline\">");

		for (Tab tab : _TABS) {
			RenderURL renderURL = renderResponse.createRenderURL();

			renderURL.getRenderParameters(
			).setValue(
				TAB, tab.name()
			);

			sb.append("<li class=\"nav-item\"><a ");

			if (tab.equals(selectedTab)) {
				sb.append("aria-current=\"page\" class=\"active nav-link\"");
			}
			else {
				sb.append("class=\"nav-link\"");
			}

			sb.append(" href=\"");
			sb.append(HtmlUtil.escapeAttribute(renderURL.toString()));
			sb.append("\">");
			sb.append(
				HtmlUtil.escape(
					ResourceBundleUtil.getString(
						resourceBundle, tab.languageKey())));
			sb.append("</a></li>");
		}

		sb.append("</ul>");

		// Without program-id the pair registry lists every program and offers to add one.

		appendElement(
			selectedTab.elementName(),
			getElementAttributes(renderRequest, themeDisplay), sb);
	}

	private Tab _getSelectedTab(RenderRequest renderRequest) {
		String name = renderRequest.getRenderParameters(
		).getValue(
			TAB
		);

		for (Tab tab : _TABS) {
			if (Objects.equals(tab.name(), name)) {
				return tab;
			}
		}

		return _TABS.get(0);
	}

	private static final List<Tab> _TABS = List.of(
		new Tab("nastavnik-pair-registry", "pairs", "pairs"),
		new Tab("nastavnik-mentor-bank", "mentor-bank", "mentors"),
		new Tab("nastavnik-mentee-registry", "mentee-registry", "mentees"));

	private record Tab(String elementName, String languageKey, String name) {
	}

}
