package org.nastavnik.rest.pairs;

/**
 * A competency a mentor is strong in.
 *
 * @param competencyId the competency
 * @param code its code
 * @param name its name in the request's language
 * @param level 1 (some experience) to 5 (can teach others)
 */
public record StrengthJson(long competencyId, String code, String name, int level) {
}
