package org.nastavnik.competency;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text given in Russian and English, as the framework's names are.
 *
 * @param ru the Russian text
 * @param en the English text
 */
public record LocalizedText(String ru, String en) {

	public LocalizedText {
		Objects.requireNonNull(ru, "ru");
		Objects.requireNonNull(en, "en");
	}

	/**
	 * @param locale the reader's locale
	 * @return the Russian text for Russian readers, else the English one
	 */
	public String in(Locale locale) {
		return "ru".equals(locale.getLanguage()) ? ru : en;
	}

	/**
	 * @return the texts by language tag
	 */
	public Map<String, String> asMap() {
		return Map.of("ru", ru, "en", en);
	}

}
