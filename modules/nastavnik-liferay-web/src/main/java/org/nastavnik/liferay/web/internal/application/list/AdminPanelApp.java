package org.nastavnik.liferay.web.internal.application.list;

import com.liferay.application.list.BasePanelApp;
import com.liferay.application.list.PanelApp;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.portal.kernel.model.Portlet;

import org.nastavnik.liferay.web.constants.NastavnikPortletKeys;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts the Nastavnik admin portlet into the Applications menu, under Custom Apps, where GA112 lists
 * instance-wide applications that are not site content. Whether a user sees it follows the admin
 * portlet's ACCESS_IN_CONTROL_PANEL permission.
 */
@Component(
	property = {
		"panel.app.order:Integer=100",
		"panel.category.key=" + PanelCategoryKeys.APPLICATIONS_MENU_APPLICATIONS_CUSTOM_APPS
	},
	service = PanelApp.class
)
public class AdminPanelApp extends BasePanelApp {

	@Override
	public Portlet getPortlet() {
		return _portlet;
	}

	@Override
	public String getPortletId() {
		return NastavnikPortletKeys.ADMIN;
	}

	@Reference(
		target = "(javax.portlet.name=" + NastavnikPortletKeys.ADMIN + ")"
	)
	private Portlet _portlet;

}
