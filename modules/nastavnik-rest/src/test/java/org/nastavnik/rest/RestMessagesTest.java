package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class RestMessagesTest {

	@Test
	void englishAndRussianHaveTheSameKeys() throws IOException {
		assertThat(
			_load("messages_ru.properties").stringPropertyNames()
		).containsExactlyInAnyOrderElementsOf(
			_load("messages.properties").stringPropertyNames()
		);
	}

	@Test
	void formatsInTheReadersLanguage() {
		assertThat(
			RestMessages.format("json.property.unknown", Locale.ENGLISH, "colour")
		).isEqualTo(
			"The property colour is unknown."
		);
		assertThat(
			RestMessages.format("json.property.unknown", RequestLanguage.DEFAULT, "colour")
		).isEqualTo(
			"Неизвестное свойство colour."
		);
	}

	@Test
	void givesTheBareKeyWhenNoTextExists() {
		assertThat(RestMessages.format("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
	}

	private static Properties _load(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = RestMessages.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

}
