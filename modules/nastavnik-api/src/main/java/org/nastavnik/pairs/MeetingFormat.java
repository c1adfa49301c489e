package org.nastavnik.pairs;

/**
 * How a mentor can meet mentees.
 */
public enum MeetingFormat {

	/** Очно: at the organization. */
	IN_PERSON,

	/** Дистанционно: by video call or messenger. */
	ONLINE

}
