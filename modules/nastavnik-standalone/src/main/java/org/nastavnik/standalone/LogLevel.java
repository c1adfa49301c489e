package org.nastavnik.standalone;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;

/**
 * How much the runtime writes to the console: one level for the framework, SLF4J (Jetty,
 * HikariCP, our bundles) and java.util.logging (CXF).
 */
public enum LogLevel {

	ERROR(1, Level.SEVERE), WARN(2, Level.WARNING), INFO(3, Level.INFO),
	DEBUG(4, Level.FINE);

	/**
	 * Returns the level with the given name, in any case.
	 */
	public static Optional<LogLevel> of(String name) {
		for (LogLevel logLevel : values()) {
			if (logLevel.name().equalsIgnoreCase(name)) {
				return Optional.of(logLevel);
			}
		}

		return Optional.empty();
	}

	/**
	 * The value of Felix's {@code felix.log.level} framework property.
	 */
	public int felixLevel() {
		return _felixLevel;
	}

	/**
	 * The level for java.util.logging, which CXF writes to.
	 */
	public Level julLevel() {
		return _julLevel;
	}

	/**
	 * The value of slf4j-simple's {@code org.slf4j.simpleLogger.defaultLogLevel}.
	 */
	public String slf4jLevel() {
		return name().toLowerCase(Locale.ROOT);
	}

	private LogLevel(int felixLevel, Level julLevel) {
		_felixLevel = felixLevel;
		_julLevel = julLevel;
	}

	private final int _felixLevel;
	private final Level _julLevel;

}
