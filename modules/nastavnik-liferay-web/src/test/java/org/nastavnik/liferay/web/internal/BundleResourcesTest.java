package org.nastavnik.liferay.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.apache.felix.cm.file.ConfigurationHandler;
import org.junit.jupiter.api.Test;
import org.nastavnik.liferay.web.constants.NastavnikPortletKeys;
import org.nastavnik.liferay.web.internal.test.TestUtil;

/**
 * The files the portal reads from this bundle: language keys, resource actions, the REST
 * application's configuration, the manifest and the DS descriptors bnd wrote.
 */
class BundleResourcesTest {

	@Test
	void languageFilesHaveTheSameKeysAndEveryPortletHasATitle() throws Exception {
		Properties english = TestUtil.loadProperties("content/Language.properties");
		Properties russian = TestUtil.loadProperties("content/Language_ru.properties");

		assertThat(russian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(english.getProperty("category.nastavnik")).isEqualTo("Mentoring");
		assertThat(russian.getProperty("category.nastavnik")).isEqualTo("Наставничество");

		for (String portletName : _portletNames()) {
			assertThat(english).containsKey("javax.portlet.title." + portletName);
		}

		for (String key : english.stringPropertyNames()) {
			assertThat(english.getProperty(key)).as(key).isNotBlank();
			assertThat(russian.getProperty(key)).as(key).isNotBlank();
		}
	}

	@Test
	void everyPortletHasItsResourceActions() throws Exception {
		String defaultXML = TestUtil.readResource("resource-actions/default.xml");

		assertThat(TestUtil.loadProperties("portlet.properties").getProperty("resource.actions.configs"))
			.isEqualTo("resource-actions/default.xml");
		assertThat(defaultXML).contains("-//Liferay//DTD Resource Action Mapping 7.4.0//EN");

		for (String portletName : _portletNames()) {
			String resource = _portletResource(defaultXML, portletName);

			assertThat(resource).contains(
				"<action-key>ADD_TO_PAGE</action-key>", "<action-key>CONFIGURATION</action-key>",
				"<action-key>PERMISSIONS</action-key>", "<action-key>VIEW</action-key>");
			assertThat(resource.contains("ACCESS_IN_CONTROL_PANEL")).isEqualTo(
				portletName.equals(NastavnikPortletKeys.ADMIN));
		}
	}

	@Test
	void restApplicationConfigurationAuthenticatesByPortalSessionWithCsrfCheck() throws Exception {
		Dictionary<String, Object> properties;

		// The configurator extender takes a name without "-" as a singleton PID.

		try (InputStream inputStream = TestUtil.openResource(
				"configuration/org.nastavnik.rest.NastavnikApplication.config")) {

			@SuppressWarnings("unchecked")
			Dictionary<String, Object> read = ConfigurationHandler.read(inputStream);

			properties = read;
		}

		assertThat(properties.get("osgi.jaxrs.application.base")).isEqualTo("/nastavnik/v1");
		assertThat(properties.get("auth.verifier.auth.verifier.PortalSessionAuthVerifier.urls.includes"))
			.isEqualTo("/*");
		assertThat(properties.get("auth.verifier.guest.allowed")).isEqualTo("false");
		assertThat(properties.get("liferay.oauth2")).isEqualTo("false");

		for (String key : Collections.list(properties.keys())) {
			assertThat(key).doesNotContainIgnoringCase("csrf");
		}

		assertThat(Collections.list(properties.keys())).hasSize(4);
	}

	@Test
	void manifestUsesTheContractsAndShipsTheConfiguration() throws Exception {
		Manifest manifest;

		// bnd-process wrote it into target/classes before the tests; other jars have one too.

		try (InputStream inputStream = Files.newInputStream(
				Path.of("target", "classes", "META-INF", "MANIFEST.MF"))) {
			manifest = new Manifest(inputStream);
		}

		Attributes attributes = manifest.getMainAttributes();

		assertThat(attributes.getValue("Bundle-SymbolicName")).isEqualTo("org.nastavnik.liferay.web");
		assertThat(attributes.getValue("Export-Package")).isNull();
		assertThat(attributes.getValue("Liferay-Configuration-Path")).isEqualTo("/configuration");

		String importPackage = attributes.getValue("Import-Package");

		// The portal exports javax.portlet at 2.0: no range may exclude it.

		assertThat(importPackage).containsPattern("javax\\.portlet(,|$)").doesNotContain("javax.portlet;");
		assertThat(importPackage).containsPattern("javax\\.servlet\\.http(,|$)");

		String requireCapability = attributes.getValue("Require-Capability");

		assertThat(requireCapability).contains(
			"osgi.contract=JavaPortlet", "osgi.contract=JavaServlet",
			"(&(osgi.extender=osgi.component)(version>=1.4.0)(!(version>=2.0.0)))");
		assertThat(requireCapability).doesNotContain("version>=1.5.0");
		assertThat(attributes.getValue("Provide-Capability")).contains(
			"liferay.resource.bundle;bundle.symbolic.name=\"org.nastavnik.liferay.web\";" +
				"resource.bundle.base.name=\"content.Language\"");
	}

	@Test
	void panelAppPointsToTheAdminPortlet() throws Exception {
		String xml = TestUtil.readResource(
			"OSGI-INF/org.nastavnik.liferay.web.internal.application.list.AdminPanelApp.xml");

		assertThat(xml).contains(
			"target=\"(javax.portlet.name=" + NastavnikPortletKeys.ADMIN + ")\"",
			"value=\"applications_menu.applications.custom.apps\"");
		assertThat(new org.nastavnik.liferay.web.internal.application.list.AdminPanelApp().getPortletId())
			.isEqualTo(NastavnikPortletKeys.ADMIN);
	}

	@Test
	void portletComponentsUseTheKeysAndTheCategory() throws Exception {
		for (String[] component : new String[][] {
				{"AdminPortlet", NastavnikPortletKeys.ADMIN, "category.hidden"},
				{"MenteeRegistryPortlet", NastavnikPortletKeys.MENTEE_REGISTRY, "category.nastavnik"},
				{"MentorBankPortlet", NastavnikPortletKeys.MENTOR_BANK, "category.nastavnik"},
				{"PairRegistryPortlet", NastavnikPortletKeys.PAIR_REGISTRY, "category.nastavnik"}
			}) {

			String xml = TestUtil.readResource(
				"OSGI-INF/org.nastavnik.liferay.web.internal.portlet." + component[0] + ".xml");

			assertThat(xml).contains(
				"name=\"javax.portlet.name\" type=\"String\" value=\"" + component[1] + "\"",
				"name=\"com.liferay.portlet.display-category\" type=\"String\" value=\"" + component[2] + "\"",
				"name=\"javax.portlet.resource-bundle\" type=\"String\" value=\"content.Language\"",
				"name=\"javax.portlet.version\" type=\"String\" value=\"3.0\"",
				"interface=\"org.nastavnik.access.AccessControl\"");
		}

		assertThat(TestUtil.readResource(
			"OSGI-INF/org.nastavnik.liferay.web.internal.portlet.action.PairRegistryConfigurationAction.xml"))
			.contains("value=\"" + NastavnikPortletKeys.PAIR_REGISTRY + "\"");
	}

	private static List<String> _portletNames() throws IllegalAccessException {
		List<String> portletNames = new ArrayList<>();

		for (Field field : NastavnikPortletKeys.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				portletNames.add((String)field.get(null));
			}
		}

		assertThat(portletNames).hasSize(4);

		return portletNames;
	}

	private static String _portletResource(String defaultXML, String portletName) {
		int start = defaultXML.indexOf("<portlet-name>" + portletName + "</portlet-name>");

		assertThat(start).as(portletName).isPositive();

		return defaultXML.substring(start, defaultXML.indexOf("</portlet-resource>", start));
	}

}
