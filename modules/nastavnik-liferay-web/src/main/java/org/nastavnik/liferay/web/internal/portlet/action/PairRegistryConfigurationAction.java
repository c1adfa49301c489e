package org.nastavnik.liferay.web.internal.portlet.action;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.portlet.ConfigurationAction;
import com.liferay.portal.kernel.portlet.DefaultConfigurationAction;
import com.liferay.portal.kernel.portlet.LiferayPortletResponse;
import com.liferay.portal.kernel.portlet.LiferayPortletURL;
import com.liferay.portal.kernel.portlet.constants.PortletPreferencesFactoryConstants;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Constants;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.JavaConstants;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.PrintWriter;

import java.util.ResourceBundle;

import javax.portlet.ActionRequest;
import javax.portlet.PortletConfig;
import javax.portlet.PortletRequest;
import javax.portlet.PortletResponse;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.nastavnik.liferay.web.constants.NastavnikPortletKeys;
import org.nastavnik.liferay.web.internal.configuration.PairRegistryPortletInstanceConfiguration;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Configuration dialog of the Pair registry widget: which program it shows.
 *
 * <p>Saving is {@link DefaultConfigurationAction}'s: it stores every {@code preferences--key--}
 * parameter in the instance's portlet preferences, where
 * {@link PairRegistryPortletInstanceConfiguration} reads it. Only the form is written here, in
 * Java instead of the usual {@code configuration.jsp}: a single number field does not justify a web
 * context, JSP compilation and taglib wiring, and Java can be tested. The form is the one
 * Liferay's {@code <liferay-portlet:actionURL portletConfiguration="true">} and
 * {@code <liferay-frontend:edit-form>} would produce.</p>
 */
@Component(
	property = "javax.portlet.name=" + NastavnikPortletKeys.PAIR_REGISTRY,
	service = ConfigurationAction.class
)
public class PairRegistryConfigurationAction extends DefaultConfigurationAction {

	@Override
	public void include(
			PortletConfig portletConfig, HttpServletRequest httpServletRequest,
			HttpServletResponse httpServletResponse)
		throws Exception {

		ThemeDisplay themeDisplay =
			(ThemeDisplay)httpServletRequest.getAttribute(
				WebKeys.THEME_DISPLAY);

		PairRegistryPortletInstanceConfiguration
			pairRegistryPortletInstanceConfiguration =
				_configurationProvider.getPortletInstanceConfiguration(
					PairRegistryPortletInstanceConfiguration.class,
					themeDisplay);

		// This runs inside the portlet configuration portlet: its response,
		// namespace and action URL receive the form.

		LiferayPortletResponse liferayPortletResponse =
			_portal.getLiferayPortletResponse(
				(PortletResponse)httpServletRequest.getAttribute(
					JavaConstants.JAVAX_PORTLET_RESPONSE));

		String namespace = liferayPortletResponse.getNamespace();

		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", themeDisplay.getLocale(), getClass());

		long programId = pairRegistryPortletInstanceConfiguration.programId();

		StringBuilder sb = new StringBuilder();

		sb.append("<form action=\"");
		sb.append(
			HtmlUtil.escapeAttribute(
				_getActionURL(httpServletRequest, liferayPortletResponse)));
		sb.append("\" class=\"lfr-form-content\" id=\"");
		sb.append(HtmlUtil.escapeAttribute(namespace));
		sb.append("fm\" method=\"post\" name=\"");
		sb.append(HtmlUtil.escapeAttribute(namespace));
		sb.append("fm\">");

		_appendHiddenInput(namespace, Constants.CMD, Constants.UPDATE, sb);
		_appendHiddenInput(
			namespace, "redirect", _portal.getCurrentURL(httpServletRequest),
			sb);

		sb.append("<div class=\"sheet sheet-lg\"><div class=\"form-group\">");
		sb.append("<label for=\"");
		sb.append(HtmlUtil.escapeAttribute(namespace));
		sb.append("programId\">");
		sb.append(
			HtmlUtil.escape(
				ResourceBundleUtil.getString(resourceBundle, "program-id")));
		sb.append("</label><input aria-describedby=\"");
		sb.append(HtmlUtil.escapeAttribute(namespace));
		sb.append("programIdHelp\" class=\"form-control\" id=\"");
		sb.append(HtmlUtil.escapeAttribute(namespace));
		sb.append("programId\" min=\"0\" name=\"");
		sb.append(HtmlUtil.escapeAttribute(namespace));
		sb.append("preferences--programId--\" step=\"1\" type=\"number\" ");
		sb.append("value=\"");
		sb.append(programId);
		sb.append("\" /><p class=\"form-text text-secondary\" id=\"");
		sb.append(HtmlUtil.escapeAttribute(namespace));
		sb.append("programIdHelp\">");
		sb.append(
			HtmlUtil.escape(
				ResourceBundleUtil.getString(
					resourceBundle, "program-id-help")));
		sb.append("</p></div><div class=\"sheet-footer\">");
		sb.append("<button class=\"btn btn-primary\" type=\"submit\">");
		sb.append(
			HtmlUtil.escape(ResourceBundleUtil.getString(resourceBundle, "save")));
		sb.append("</button></div></div></form>");

		PrintWriter printWriter = httpServletResponse.getWriter();

		printWriter.write(sb.toString());
	}

	private void _appendHiddenInput(
		String namespace, String name, String value, StringBuilder sb) {

		sb.append("<input name=\"");
		sb.append(HtmlUtil.escapeAttribute(namespace + name));
		sb.append("\" type=\"hidden\" value=\"");
		sb.append(HtmlUtil.escapeAttribute(value));
		sb.append("\" />");
	}

	/**
	 * @return the URL {@code <liferay-portlet:actionURL portletConfiguration="true">} builds
	 *         (util-taglib's ActionURLTag): the configuration portlet's editConfiguration action
	 *         for the configured portlet ({@code portletResource}) and settings scope
	 */
	private String _getActionURL(
		HttpServletRequest httpServletRequest,
		LiferayPortletResponse liferayPortletResponse) {

		LiferayPortletURL liferayPortletURL =
			liferayPortletResponse.createLiferayPortletURL(
				PortletRequest.ACTION_PHASE);

		liferayPortletURL.setParameter(
			ActionRequest.ACTION_NAME, "editConfiguration");
		liferayPortletURL.setParameter("mvcPath", "/edit_configuration.jsp");
		liferayPortletURL.setParameter(
			"portletConfiguration", Boolean.TRUE.toString());
		liferayPortletURL.setParameter(
			"portletResource",
			_getParameter(httpServletRequest, "portletResource", ""));
		liferayPortletURL.setParameter(
			"previewWidth",
			_getParameter(httpServletRequest, "previewWidth", ""));
		liferayPortletURL.setParameter(
			"returnToFullPageURL",
			_getParameter(httpServletRequest, "returnToFullPageURL", ""));
		liferayPortletURL.setParameter(
			"settingsScope",
			_getParameter(
				httpServletRequest, "settingsScope",
				PortletPreferencesFactoryConstants.
					SETTINGS_SCOPE_PORTLET_INSTANCE));

		return liferayPortletURL.toString();
	}

	/**
	 * Like ParamUtil.getString, without ParamUtil's dependency on the portal's properties at class
	 * initialization, which keeps this class testable outside the portal.
	 */
	private String _getParameter(
		HttpServletRequest httpServletRequest, String name,
		String defaultValue) {

		String value = httpServletRequest.getParameter(name);

		if ((value == null) || value.isBlank()) {
			return defaultValue;
		}

		return value.trim();
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private Portal _portal;

}
