package org.nastavnik.embedded.signin;

import java.text.MessageFormat;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.servlet.http.HttpServletRequest;

/**
 * The texts of this package in the reader's language: Russian unless the request asks for English.
 *
 * @param locale {@link #RUSSIAN} or {@link #ENGLISH}
 */
record Messages(Locale locale) {

	static final Locale ENGLISH = Locale.ENGLISH;

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	/**
	 * @param request a request with an optional {@code lang} parameter and
	 *        {@code Accept-Language} header, in that order of precedence
	 * @return the texts in the language the request prefers
	 */
	static Messages of(HttpServletRequest request) {
		String lang = request.getParameter("lang");

		if (lang != null) {
			for (Locale locale : _LOCALES) {
				if (locale.getLanguage().equals(lang)) {
					return new Messages(locale);
				}
			}
		}

		String acceptLanguage = request.getHeader("Accept-Language");

		if ((acceptLanguage == null) || acceptLanguage.isBlank()) {
			return new Messages(RUSSIAN);
		}

		try {
			Locale locale = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), _LOCALES);

			return new Messages((locale == null) ? RUSSIAN : locale);
		}
		catch (IllegalArgumentException | IllformedLocaleException exception) {
			// A malformed header is the client's problem; it still gets a page.
			return new Messages(RUSSIAN);
		}
	}

	/**
	 * @return the language tag, {@code ru} or {@code en}
	 */
	String languageTag() {
		return locale.getLanguage();
	}

	/**
	 * @param key a key of {@code messages.properties}
	 * @param arguments the pattern's arguments
	 * @return the text
	 */
	String text(String key, Object... arguments) {
		ResourceBundle resourceBundle = ResourceBundle.getBundle(
			"org.nastavnik.embedded.signin.messages", locale, Messages.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

		return new MessageFormat(resourceBundle.getString(key), locale).format(arguments);
	}

	private static final List<Locale> _LOCALES = List.of(RUSSIAN, ENGLISH);

}
