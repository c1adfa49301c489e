package org.nastavnik.pairs;

/**
 * Why a person is in the mentee registry.
 */
public enum MenteeCategory {

	/** Молодой специалист: under three years of teaching. */
	YOUNG_SPECIALIST,

	/** Вновь назначенный заместитель руководителя. */
	NEW_DEPUTY_HEAD,

	/** Anyone else who asked for support, e.g. after a long break or a change of subject. */
	OTHER

}
