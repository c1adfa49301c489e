package org.nastavnik.competency;

/**
 * The labour functions of the professional standard «Педагог» that group the competencies.
 */
public enum CompetencyArea {

	/** Обучение: teaching, planning and assessment. */
	TEACHING,

	/** Воспитательная деятельность: upbringing and class guidance. */
	UPBRINGING,

	/** Развивающая деятельность: inclusion, special needs, psychological support. */
	DEVELOPMENT,

	/** Общепрофессиональные: communication, digital skills, self-development. */
	PROFESSIONAL

}
