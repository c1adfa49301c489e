package org.nastavnik.liferay.web.internal.portlet.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.portlet.LiferayPortletResponse;
import com.liferay.portal.kernel.portlet.LiferayPortletURL;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.JavaConstants;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import javax.portlet.PortletResponse;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.nastavnik.liferay.web.internal.configuration.PairRegistryPortletInstanceConfiguration;
import org.nastavnik.liferay.web.internal.test.TestUtil;

class PairRegistryConfigurationActionTest {

	@Test
	void formPostsTheProgramAsPortletPreferenceToTheConfigurationAction() throws Exception {
		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(themeDisplay.getLocale()).thenReturn(Locale.ENGLISH);

		PairRegistryPortletInstanceConfiguration configuration = mock(
			PairRegistryPortletInstanceConfiguration.class);

		when(configuration.programId()).thenReturn(7L);

		ConfigurationProvider configurationProvider = mock(ConfigurationProvider.class);

		when(configurationProvider.getPortletInstanceConfiguration(
			PairRegistryPortletInstanceConfiguration.class, themeDisplay)
		).thenReturn(configuration);

		PortletResponse portletResponse = mock(PortletResponse.class);
		HttpServletRequest httpServletRequest = TestUtil.newHttpServletRequest();

		httpServletRequest.setAttribute(WebKeys.THEME_DISPLAY, themeDisplay);
		httpServletRequest.setAttribute(JavaConstants.JAVAX_PORTLET_RESPONSE, portletResponse);
		when(httpServletRequest.getParameter("portletResource")).thenReturn(
			"org_nastavnik_liferay_web_PairRegistryPortlet_INSTANCE_abc");

		LiferayPortletURL liferayPortletURL = mock(LiferayPortletURL.class);

		when(liferayPortletURL.toString()).thenReturn("/c?p_auth=t&p_p_id=x");

		LiferayPortletResponse liferayPortletResponse = mock(LiferayPortletResponse.class);

		when(liferayPortletResponse.getNamespace()).thenReturn("_cfg_");
		when(liferayPortletResponse.createLiferayPortletURL("ACTION_PHASE")).thenReturn(liferayPortletURL);

		Portal portal = mock(Portal.class);

		when(portal.getLiferayPortletResponse(portletResponse)).thenReturn(liferayPortletResponse);
		when(portal.getCurrentURL(httpServletRequest)).thenReturn("/cfg?a=\"b\"");

		StringWriter stringWriter = new StringWriter();
		HttpServletResponse httpServletResponse = mock(HttpServletResponse.class);

		when(httpServletResponse.getWriter()).thenReturn(new PrintWriter(stringWriter, true));

		PairRegistryConfigurationAction pairRegistryConfigurationAction =
			new PairRegistryConfigurationAction();

		TestUtil.inject(pairRegistryConfigurationAction, "_configurationProvider", configurationProvider);
		TestUtil.inject(pairRegistryConfigurationAction, "_portal", portal);

		pairRegistryConfigurationAction.include(null, httpServletRequest, httpServletResponse);

		String html = stringWriter.toString();

		assertThat(html).contains(
			"<form action=\"/c?p_auth=t&amp;p_p_id=x\"",
			"<input name=\"_cfg_cmd\" type=\"hidden\" value=\"update\" />",
			"<input name=\"_cfg_redirect\" type=\"hidden\" value=\"/cfg?a=&quot;b&quot;\" />",
			"name=\"_cfg_preferences--programId--\"", "value=\"7\"", ">Program ID</label>", ">Save</button>");

		verify(liferayPortletURL).setParameter("javax.portlet.action", "editConfiguration");
		verify(liferayPortletURL).setParameter(
			"portletResource", "org_nastavnik_liferay_web_PairRegistryPortlet_INSTANCE_abc");
		verify(liferayPortletURL).setParameter("portletConfiguration", "true");
		verify(liferayPortletURL).setParameter("settingsScope", "portletInstance");
	}

}
