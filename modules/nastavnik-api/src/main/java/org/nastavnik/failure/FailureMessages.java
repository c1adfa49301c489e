package org.nastavnik.failure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns a failure into text in the language of the person who caused it.
 */
public final class FailureMessages {

	/**
	 * @param exception the failure
	 * @param locale the reader's locale; Russian and English are provided, others fall back to English
	 * @return the localized message, or the bare key if no text exists for it
	 */
	public static String localize(NastavnikException exception, Locale locale) {
		return format(exception.messageKey(), locale, exception.arguments().toArray());
	}

	/**
	 * @param key a message key
	 * @param locale the reader's locale
	 * @param arguments arguments of the message pattern
	 * @return the localized message, or the bare key if no text exists for it
	 */
	public static String format(String key, Locale locale, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(
			"org.nastavnik.failure.messages", locale, FailureMessages.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

		Object[] localizedArguments = new Object[arguments.length];

		for (int i = 0; i < arguments.length; i++) {
			localizedArguments[i] = _localize(bundle, arguments[i]);
		}

		try {
			return new MessageFormat(bundle.getString(key), locale).format(localizedArguments);
		}
		catch (MissingResourceException missingResourceException) {
			return key;
		}
	}

	// Enum arguments (a pair's status) read as words, e.g. enum.PairStatus.ACTIVE=действующая.
	private static Object _localize(ResourceBundle bundle, Object argument) {
		if (!(argument instanceof Enum<?> constant)) {
			return argument;
		}

		String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();

		return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
	}

	private FailureMessages() {
	}

}
