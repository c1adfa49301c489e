package org.nastavnik.embedded.directory;

import java.util.Locale;
import java.util.Objects;

/**
 * A demo account the sign-in page suggests, with what it shows in the demo.
 *
 * @param screenName the login name
 * @param ru what the account is, in Russian, e.g. «куратор программы»
 * @param en the same in English
 */
public record SignInHint(String screenName, String ru, String en) {

	public SignInHint {
		Objects.requireNonNull(screenName, "screenName");
		ru = Objects.requireNonNullElse(ru, "");
		en = Objects.requireNonNullElse(en, "");
	}

	/**
	 * @param locale the reader's locale
	 * @return the description in Russian for Russian readers, else in English
	 */
	public String description(Locale locale) {
		return "ru".equals(locale.getLanguage()) ? ru : en;
	}

}
