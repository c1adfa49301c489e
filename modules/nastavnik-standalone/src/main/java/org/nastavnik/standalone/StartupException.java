package org.nastavnik.standalone;

/**
 * The runtime did not start; the message says why, for the person who started it.
 */
public class StartupException extends Exception {

	public StartupException(String message) {
		super(message);
	}

	public StartupException(String message, Throwable cause) {
		super(message, cause);
	}

}
