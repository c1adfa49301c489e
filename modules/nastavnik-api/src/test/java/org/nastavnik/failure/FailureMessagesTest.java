package org.nastavnik.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.nastavnik.pairs.PairStatus;

class FailureMessagesTest {

	@Test
	void everyMessageExistsInRussianAndEnglish() throws IOException {
		Properties english = _load("messages.properties");
		Properties russian = _load("messages_ru.properties");

		assertThat(russian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		assertThat(english).isNotEmpty();
	}

	@Test
	void localizesArgumentsAndFallsBackToEnglish() {
		ConflictException exception = ConflictException.forField(
			"mentorUserId", "pair.mentor.full", 0, 2);

		assertThat(
			FailureMessages.localize(exception, Locale.forLanguageTag("ru"))
		).isEqualTo(
			"У наставника свободных мест: 0, а нужно: 2."
		);
		assertThat(
			FailureMessages.localize(exception, Locale.GERMAN)
		).isEqualTo(
			"The mentor has no free places, but 2 are needed."
		);
		assertThat(exception.field()).contains("mentorUserId");
	}

	@Test
	void readsEnumArgumentsAsWords() {
		RuleViolationException exception = new RuleViolationException(
			"pair.not-active", PairStatus.CANCELLED);

		assertThat(
			FailureMessages.localize(exception, Locale.forLanguageTag("ru"))
		).contains(
			"«отменена»"
		);
		assertThat(exception.getMessage()).contains("cancelled");
	}

	@Test
	void writesIdentifiersWithoutGroupingDigits() {
		NotFoundException exception = new NotFoundException("pair.not-found", 1234567L);

		assertThat(
			FailureMessages.localize(exception, Locale.ENGLISH)
		).isEqualTo(
			"There is no pair with ID 1234567."
		);
		assertThat(
			FailureMessages.localize(exception, Locale.forLanguageTag("ru"))
		).contains(
			"1234567"
		);
	}

	@Test
	void namesTheKeyWhenNoTextExists() {
		assertThat(
			FailureMessages.localize(new NotFoundException("no.such.key"), Locale.ENGLISH)
		).isEqualTo(
			"no.such.key"
		);
	}

	private static Properties _load(String name) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = FailureMessages.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		return properties;
	}

}
