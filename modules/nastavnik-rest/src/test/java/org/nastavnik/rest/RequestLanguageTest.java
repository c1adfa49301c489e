package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestLanguageTest {

	@CsvSource(
		delimiter = '|', nullValues = "NULL",
		value = {
			"NULL|ru", "''|ru", "en|en", "en-US,en;q=0.9|en", "ru-RU,ru;q=0.9,en;q=0.8|ru",
			"de-DE,en;q=0.5|en", "de|ru", "*|ru", "en;q=0.1,ru;q=0.9|ru", ";;;garbage|ru"
		}
	)
	@ParameterizedTest
	void answersInRussianOrEnglishAsTheHeaderPrefers(String acceptLanguage, String expected) {
		assertThat(
			RequestLanguage.of(acceptLanguage)
		).isEqualTo(
			Locale.forLanguageTag(expected)
		);
	}

}
