package org.nastavnik.liferay.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.Date;

/**
 * Converts between the API's {@code java.time} values and the {@code Date} of Service Builder
 * models. The portal runs its JVM and database connections in UTC, so a calendar day is stored
 * as its UTC midnight, which reads back as the same day.
 */
public final class Dates {

	public static Date toDate(Instant instant) {
		return (instant == null) ? null : Date.from(instant);
	}

	public static Date toDate(LocalDate localDate) {
		return (localDate == null) ? null :
			Date.from(localDate.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	public static Instant toInstant(Date date) {
		return (date == null) ? null : Instant.ofEpochMilli(date.getTime());
	}

	public static LocalDate toLocalDate(Date date) {
		return (date == null) ? null : LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), ZoneOffset.UTC);
	}

	private Dates() {
	}

}
