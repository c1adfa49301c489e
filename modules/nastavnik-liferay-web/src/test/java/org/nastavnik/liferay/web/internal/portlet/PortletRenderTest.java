package org.nastavnik.liferay.web.internal.portlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

import javax.portlet.MutableRenderParameters;
import javax.portlet.RenderParameters;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.RenderURL;

import javax.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.liferay.web.internal.configuration.PairRegistryPortletInstanceConfiguration;
import org.nastavnik.liferay.web.internal.test.TestUtil;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;

class PortletRenderTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_portal.getPathContext()).thenReturn("/portal");
		when(_portal.getHttpServletRequest(any(RenderRequest.class))).thenReturn(_portletServletRequest);
		when(_portal.getOriginalServletRequest(_portletServletRequest)).thenReturn(_pageRequest);

		when(_themeDisplay.getLanguageId()).thenReturn("ru_RU");
		when(_themeDisplay.getLocale()).thenReturn(new Locale("ru", "RU"));
		when(_themeDisplay.getScopeGroupId()).thenReturn(_GROUP_ID);
		when(_themeDisplay.getUserId()).thenReturn(_USER_ID);
		when(_themeDisplay.isSignedIn()).thenReturn(true);

		when(_configurationProvider.getPortletInstanceConfiguration(
			PairRegistryPortletInstanceConfiguration.class, _themeDisplay)
		).thenReturn(_pairRegistryConfiguration);
	}

	@Test
	void pairRegistryRendersElementWithContextAndConfiguredProgram() throws Exception {
		when(_pairRegistryConfiguration.programId()).thenReturn(42L);
		when(_accessControl.isAllowed(new Actor(_USER_ID), PairActions.MANAGE_PAIRS)).thenReturn(true);

		String html = _render(_pairRegistryPortlet(), "_org_nastavnik_liferay_web_PairRegistryPortlet_INSTANCE_abc_");

		assertThat(html).isEqualTo(
			"<div class=\"nastavnik-portlet\" id=\"_org_nastavnik_liferay_web_PairRegistryPortlet_INSTANCE_abc_\">" +
				"<script src=\"/portal/o/nastavnik-ui/nastavnik.js\" type=\"module\"></script>" +
				"<nastavnik-pair-registry group-id=\"20121\" locale=\"ru_RU\" permissions=\"MANAGE_PAIRS\" " +
				"program-id=\"42\" " +
				"rest-base=\"/portal/o/nastavnik/v1\"></nastavnik-pair-registry></div>");
		assertThat(html).doesNotContain("csrf", "p_auth", "authToken");
	}

	@Test
	void pairRegistryWithoutProgramLetsTheUserChoose() throws Exception {
		when(_pairRegistryConfiguration.programId()).thenReturn(0L);
		when(_accessControl.isAllowed(new Actor(_USER_ID), ProgramActions.ADD_PROGRAM)).thenReturn(true);
		when(_accessControl.isAllowed(new Actor(_USER_ID), PairActions.MANAGE_PAIRS)).thenReturn(true);

		String html = _render(_pairRegistryPortlet(), "_p_");

		assertThat(html).doesNotContain("program-id").contains("permissions=\"ADD_PROGRAM MANAGE_PAIRS\"");
	}

	@Test
	void mentorBankAndMenteeRegistryRenderTheirElements() throws Exception {
		when(_portal.getPathContext()).thenReturn("");
		when(_accessControl.isAllowed(new Actor(_USER_ID), PairActions.MANAGE_MENTOR_BANK)).thenReturn(true);

		MentorBankPortlet mentorBankPortlet = new MentorBankPortlet();

		_inject(mentorBankPortlet);

		assertThat(_render(mentorBankPortlet, "_bank_")).isEqualTo(
			"<div class=\"nastavnik-portlet\" id=\"_bank_\">" +
				"<script src=\"/o/nastavnik-ui/nastavnik.js\" type=\"module\"></script>" +
				"<nastavnik-mentor-bank group-id=\"20121\" locale=\"ru_RU\" permissions=\"MANAGE_MENTOR_BANK\" " +
				"rest-base=\"/o/nastavnik/v1\"></nastavnik-mentor-bank></div>");

		MenteeRegistryPortlet menteeRegistryPortlet = new MenteeRegistryPortlet();

		_inject(menteeRegistryPortlet);

		String html = _render(menteeRegistryPortlet, "_mentees_");

		// The second portlet on the same page does not repeat the module script.

		assertThat(html).isEqualTo(
			"<div class=\"nastavnik-portlet\" id=\"_mentees_\">" +
				"<nastavnik-mentee-registry group-id=\"20121\" locale=\"ru_RU\" permissions=\"MANAGE_MENTOR_BANK\" " +
				"rest-base=\"/o/nastavnik/v1\"></nastavnik-mentee-registry></div>");
	}

	@Test
	void withoutAScopeGroupNoSiteIsRendered() throws Exception {
		when(_themeDisplay.getScopeGroupId()).thenReturn(0L);

		assertThat(_render(_pairRegistryPortlet(), "_p_")).doesNotContain("group-id");
	}

	@Test
	void guestsGetNoPermissionsAndAccessControlIsNotAsked() throws Exception {
		when(_themeDisplay.isSignedIn()).thenReturn(false);
		when(_themeDisplay.getUserId()).thenReturn(20100L);

		String html = _render(_pairRegistryPortlet(), "_p_");

		assertThat(html).contains("permissions=\"\"");
		verify(_accessControl, never()).isAllowed(any(), any());
	}

	@Test
	void hostileValuesAreEscaped() throws Exception {
		String hostile = "\"><script>alert(1)</script>";

		when(_portal.getPathContext()).thenReturn("/x\"onload=\"alert(1)");
		when(_themeDisplay.getLanguageId()).thenReturn(hostile);

		String html = _render(_pairRegistryPortlet(), hostile);

		assertThat(html).doesNotContain("<script>alert", "\"onload=\"", "\"><script>");

		// Every attribute value is free of quotes and angle brackets once escaped.

		assertThat(html.replaceAll("=\"[^\"<>]*\"", "=\"\"")).isEqualTo(
			"<div class=\"\" id=\"\"><script src=\"\" type=\"\"></script>" +
				"<nastavnik-pair-registry group-id=\"\" locale=\"\" permissions=\"\" rest-base=\"\">" +
				"</nastavnik-pair-registry></div>");
	}

	@Test
	void adminRendersTabsAndTheSelectedElementWithAllActions() throws Exception {
		when(_accessControl.isAllowed(eq(new Actor(_USER_ID)), any())).thenReturn(true);

		RenderParameters renderParameters = mock(RenderParameters.class);

		when(renderParameters.getValue(AdminPortlet.TAB)).thenReturn("mentors");
		when(_renderRequest.getRenderParameters()).thenReturn(renderParameters);

		when(_renderResponse.createRenderURL()).thenAnswer(
			invocation -> {
				RenderURL renderURL = mock(RenderURL.class);
				MutableRenderParameters mutableRenderParameters = mock(MutableRenderParameters.class);
				StringBuilder tab = new StringBuilder();

				when(renderURL.getRenderParameters()).thenReturn(mutableRenderParameters);
				when(mutableRenderParameters.setValue(eq(AdminPortlet.TAB), any())).thenAnswer(
					setValue -> {
						tab.append(setValue.getArgument(1, String.class));

						return null;
					});
				when(renderURL.toString()).thenAnswer(toString -> "/group/control_panel?tab=" + tab + "&x=1");

				return renderURL;
			});

		AdminPortlet adminPortlet = new AdminPortlet();

		_inject(adminPortlet);

		String html = _render(adminPortlet, "_admin_");

		assertThat(html).contains(
			"<a class=\"nav-link\" href=\"/group/control_panel?tab=pairs&amp;x=1\">Пары</a>",
			"<a aria-current=\"page\" class=\"active nav-link\" href=\"/group/control_panel?tab=mentors&amp;x=1\">Банк наставников</a>",
			"Реестр наставляемых</a>",
			"<nastavnik-mentor-bank group-id=\"20121\" locale=\"ru_RU\" " +
				"permissions=\"MANAGE_PAIRS MANAGE_MENTOR_BANK ADD_PROGRAM\" " +
				"rest-base=\"/portal/o/nastavnik/v1\"></nastavnik-mentor-bank>");
		assertThat(html).doesNotContain("<nastavnik-pair-registry", "<nastavnik-mentee-registry");
	}

	@Test
	void adminFallsBackToThePairsTab() throws Exception {
		RenderParameters renderParameters = mock(RenderParameters.class);

		when(renderParameters.getValue(AdminPortlet.TAB)).thenReturn("\"bogus");
		when(_renderRequest.getRenderParameters()).thenReturn(renderParameters);
		when(_renderResponse.createRenderURL()).thenAnswer(
			invocation -> {
				RenderURL renderURL = mock(RenderURL.class);

				when(renderURL.getRenderParameters()).thenReturn(mock(MutableRenderParameters.class));

				return renderURL;
			});

		AdminPortlet adminPortlet = new AdminPortlet();

		_inject(adminPortlet);

		assertThat(_render(adminPortlet, "_admin_")).contains("<nastavnik-pair-registry ").doesNotContain("program-id");
	}

	private void _inject(BaseNastavnikPortlet portlet) {
		TestUtil.inject(portlet, "accessControl", _accessControl);
		TestUtil.inject(portlet, "portal", _portal);
	}

	private PairRegistryPortlet _pairRegistryPortlet() {
		PairRegistryPortlet pairRegistryPortlet = new PairRegistryPortlet();

		_inject(pairRegistryPortlet);
		TestUtil.inject(pairRegistryPortlet, "_configurationProvider", _configurationProvider);

		return pairRegistryPortlet;
	}

	private String _render(BaseNastavnikPortlet portlet, String namespace) throws Exception {
		StringWriter stringWriter = new StringWriter();

		when(_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)).thenReturn(_themeDisplay);
		when(_renderResponse.getNamespace()).thenReturn(namespace);
		when(_renderResponse.getWriter()).thenReturn(new PrintWriter(stringWriter));

		portlet.doView(_renderRequest, _renderResponse);

		_renderResponse.getWriter().flush();

		return stringWriter.toString();
	}

	private static final long _GROUP_ID = 20121L;

	private static final long _USER_ID = 20123L;

	private final AccessControl _accessControl = mock(AccessControl.class);
	private final ConfigurationProvider _configurationProvider = mock(ConfigurationProvider.class);
	private final HttpServletRequest _pageRequest = TestUtil.newHttpServletRequest();
	private final PairRegistryPortletInstanceConfiguration _pairRegistryConfiguration = mock(
		PairRegistryPortletInstanceConfiguration.class);
	private final Portal _portal = mock(Portal.class);
	private final HttpServletRequest _portletServletRequest = mock(HttpServletRequest.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
