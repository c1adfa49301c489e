package org.nastavnik.rest.pairs;

/**
 * A competency a mentee asks support in.
 *
 * @param competencyId the competency
 * @param code its code
 * @param name its name in the request's language
 */
public record SupportNeedJson(long competencyId, String code, String name) {
}
