package org.nastavnik.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of failures that only the HTTP edge knows (malformed JSON, not signed in, unknown route),
 * kept apart from the services' {@link org.nastavnik.failure.FailureMessages}.
 */
public final class RestMessages {

	/**
	 * @param key a key of {@code org/nastavnik/rest/messages.properties}
	 * @param locale the reader's locale
	 * @param arguments arguments of the message pattern
	 * @return the localized message, or the bare key if no text exists for it
	 */
	public static String format(String key, Locale locale, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(
			"org.nastavnik.rest.messages", locale, RestMessages.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

		try {
			return new MessageFormat(bundle.getString(key), locale).format(arguments);
		}
		catch (MissingResourceException missingResourceException) {
			return key;
		}
	}

	private RestMessages() {
	}

}
