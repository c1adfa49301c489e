package org.nastavnik.rest;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;

/**
 * The language a request is answered in: Russian or English, as {@code Accept-Language} prefers,
 * Russian when it names neither.
 */
public final class RequestLanguage {

	/** The language when the request states none we have. */
	public static final Locale DEFAULT = Locale.forLanguageTag("ru");

	/**
	 * @param acceptLanguage the {@code Accept-Language} header, possibly {@code null}
	 * @return Russian or English
	 */
	public static Locale of(String acceptLanguage) {
		if ((acceptLanguage == null) || acceptLanguage.isBlank()) {
			return DEFAULT;
		}

		try {
			Locale locale = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), _SUPPORTED);

			return (locale == null) ? DEFAULT : locale;
		}
		catch (IllegalArgumentException illegalArgumentException) {

			// A malformed header is the client's slip, not a reason to fail the request

			return DEFAULT;
		}
	}

	/**
	 * @param httpHeaders the request's headers; {@code null} outside a request
	 * @return Russian or English
	 */
	public static Locale of(HttpHeaders httpHeaders) {
		if (httpHeaders == null) {
			return DEFAULT;
		}

		return of(httpHeaders.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
	}

	private RequestLanguage() {
	}

	private static final List<Locale> _SUPPORTED = List.of(DEFAULT, Locale.ENGLISH);

}
