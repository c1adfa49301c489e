package org.nastavnik.liferay.integration.internal.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nastavnik.access.Action;
import org.nastavnik.liferay.integration.internal.constants.NastavnikResourceConstants;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Guards the files the portal reads by convention, where a mistake shows only at deployment.
 */
class ResourceActionsAndLanguageTest {

	@BeforeAll
	static void readResourceActions() throws Exception {
		DocumentBuilderFactory documentBuilderFactory = DocumentBuilderFactory.newInstance();

		documentBuilderFactory.setValidating(true);

		DocumentBuilder documentBuilder = documentBuilderFactory.newDocumentBuilder();

		// The portal validates against its DTD; GA112's own copy is on the test classpath

		documentBuilder.setEntityResolver(
			(publicId, systemId) -> new InputSource(
				ResourceActionsAndLanguageTest.class.getResourceAsStream(
					"/com/liferay/portal/definitions/liferay-resource-action-mapping_7_4_0.dtd")));

		List<SAXParseException> errors = new ArrayList<>();

		documentBuilder.setErrorHandler(
			new DefaultHandler() {

				@Override
				public void error(SAXParseException saxParseException) {
					errors.add(saxParseException);
				}

			});

		try (InputStream inputStream = _resource(
				NastavnikResourceConstants.RESOURCE_ACTIONS_CONFIG)) {

			_document = documentBuilder.parse(inputStream);
		}

		assertThat(errors).isEmpty();

		NodeList modelResources = _document.getElementsByTagName("model-resource");

		for (int i = 0; i < modelResources.getLength(); i++) {
			Element modelResource = (Element)modelResources.item(i);

			_modelResources.put(
				_text(modelResource, "model-name").get(0), modelResource);
		}
	}

	@Test
	void declaresTheRootAndTheEntityResources() {
		assertThat(
			_modelResources
		).containsOnlyKeys(
			NastavnikResourceConstants.RESOURCE_NAME,
			NastavnikResourceConstants.MODEL_NAME_PAIR,
			NastavnikResourceConstants.MODEL_NAME_PROGRAM
		);

		assertThat(
			_text(_modelResources.get(NastavnikResourceConstants.RESOURCE_NAME), "root")
		).containsExactly(
			"true"
		);

		for (String modelName :
				List.of(
					NastavnikResourceConstants.MODEL_NAME_PAIR,
					NastavnikResourceConstants.MODEL_NAME_PROGRAM)) {

			assertThat(
				_actions(modelName, "supports")
			).containsExactlyInAnyOrder(
				"DELETE", "PERMISSIONS", "UPDATE", "VIEW"
			);
		}
	}

	@Test
	void everyApiActionIsDeclaredOnTheRootResource() {
		List<Action> actions = new ArrayList<>(ProgramActions.ALL);

		actions.addAll(PairActions.ALL);

		assertThat(
			_actions(NastavnikResourceConstants.RESOURCE_NAME, "supports")
		).contains(
			actions.stream(
			).map(
				Action::name
			).toArray(
				String[]::new
			)
		).contains(
			"MODERATE", "PERMISSIONS", "PUBLISH_MATERIAL", "VIEW_REPORTS"
		);
	}

	@Test
	void guestsGetNothing() {
		for (Map.Entry<String, Element> entry : _modelResources.entrySet()) {
			assertThat(_actions(entry.getKey(), "guest-defaults")).isEmpty();
			assertThat(
				_actions(entry.getKey(), "guest-unsupported")
			).containsExactlyInAnyOrderElementsOf(
				_actions(entry.getKey(), "supports")
			);
		}

		assertThat(
			_actions(NastavnikResourceConstants.RESOURCE_NAME, "site-member-defaults")
		).isEmpty();
	}

	@Test
	void portletPropertiesPointsAtTheResourceActions() throws IOException {
		assertThat(
			_properties("portlet.properties").getProperty("resource.actions.configs")
		).isEqualTo(
			NastavnikResourceConstants.RESOURCE_ACTIONS_CONFIG
		);
	}

	@Test
	void languagesHaveTheSameKeysAndNameEveryResourceAndAction() throws IOException {
		Properties english = _properties("content/Language.properties");
		Properties russian = _properties("content/Language_ru.properties");

		assertThat(
			russian.stringPropertyNames()
		).isEqualTo(
			english.stringPropertyNames()
		);

		Set<String> keys = new LinkedHashSet<>();

		for (String modelName : _modelResources.keySet()) {
			keys.add("model.resource." + modelName);
		}

		for (String actionId : _actions(NastavnikResourceConstants.RESOURCE_NAME, "supports")) {

			// PERMISSIONS is named by the portal's own language keys

			if (!actionId.equals("PERMISSIONS")) {
				keys.add("action." + actionId);
			}
		}

		assertThat(english.stringPropertyNames()).containsAll(keys);

		for (String key : english.stringPropertyNames()) {
			assertThat(russian.getProperty(key)).as(key).isNotBlank();
			assertThat(russian.getProperty(key)).as(key).matches(".*[А-Яа-яЁё].*");
		}
	}

	private static List<String> _actions(String modelName, String tagName) {
		Element modelResource = _modelResources.get(modelName);

		NodeList elements = modelResource.getElementsByTagName(tagName);

		if (elements.getLength() == 0) {
			return List.of();
		}

		return _text((Element)elements.item(0), "action-key");
	}

	private static Properties _properties(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = _resource(name)) {
			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

	private static InputStream _resource(String name) {
		InputStream inputStream =
			ResourceActionsAndLanguageTest.class.getClassLoader().getResourceAsStream(name);

		assertThat(inputStream).as(name).isNotNull();

		return inputStream;
	}

	private static List<String> _text(Element element, String tagName) {
		List<String> texts = new ArrayList<>();

		NodeList nodeList = element.getElementsByTagName(tagName);

		for (int i = 0; i < nodeList.getLength(); i++) {
			texts.add(nodeList.item(i).getTextContent().strip());
		}

		return texts;
	}

	private static Document _document;
	private static final Map<String, Element> _modelResources = new HashMap<>();

}
