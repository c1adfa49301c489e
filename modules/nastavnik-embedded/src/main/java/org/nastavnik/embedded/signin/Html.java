package org.nastavnik.embedded.signin;

/**
 * Escaping of text put into the HTML this package writes.
 */
final class Html {

	/**
	 * @param text any text
	 * @return the text, safe as element content and as a quoted attribute value
	 */
	static String escape(String text) {
		StringBuilder sb = new StringBuilder(text.length() + 16);

		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);

			switch (c) {
				case '&' -> sb.append("&amp;");
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '"' -> sb.append("&quot;");
				case '\'' -> sb.append("&#39;");
				default -> sb.append(c);
			}
		}

		return sb.toString();
	}

	private Html() {
	}

}
