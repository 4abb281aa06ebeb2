package org.nottspartners.portal.core.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The query that gathers candidates for a person search: trigram similarity of the whole name as typed
 * and swapped, a similar family name with a known form of the given name, or an exact identifier; best
 * first. It returns only what {@link PersonMatcher} needs, so that people merely considered are not
 * loaded (nor audited as read); only the people offered are. Native SQL, filtered to the council by
 * row-level security. Shared with the benchmark so that both measure the same query.
 */
public final class PersonCandidateQuery {

    /** At most this many candidates are judged. */
    public static final int CANDIDATES = 50;

    /** Parameters ?1 to ?8, as {@link #parameters} gives them. */
    public static final String SQL = "select id, given_name, family_name, date_of_birth, postcode, upn, nhs_number"
            + " from core_person where merged_into is null and ("
            + " lower(given_name || ' ' || family_name) % ?1"
            + " or lower(given_name || ' ' || family_name) % ?2"
            + " or (lower(family_name) % ?3 and lower(given_name) = any(string_to_array(?4, ',')))"
            + " or (lower(family_name) % ?5 and lower(given_name) % ?6)"
            + " or upn = ?7 or nhs_number = ?8)"
            + " order by greatest(similarity(lower(given_name || ' ' || family_name), ?1),"
            + " similarity(lower(given_name || ' ' || family_name), ?2)) desc limit " + CANDIDATES;

    private PersonCandidateQuery() {
    }

    /** The values of ?1 to ?8 for the criteria. */
    public static List<Object> parameters(PersonMatcher.Criteria c) {
        String given = c.givenName().toLowerCase(Locale.ROOT);
        String family = c.familyName().toLowerCase(Locale.ROOT);
        String variants = given.isEmpty() ? "" : String.join(",", Nicknames.variantsOf(given));
        return List.of((given + " " + family).strip(), (family + " " + given).strip(), family, variants, given, family,
                c.upn().orElse(""), c.nhsNumber().orElse(""));
    }

    /** The person's id in a row of the query. */
    public static UUID id(Object[] row) {
        return row[0] instanceof UUID u ? u : UUID.fromString(row[0].toString());
    }

    /** What the matcher needs from a row of the query. */
    public static PersonMatcher.Candidate candidate(Object[] row) {
        return new PersonMatcher.Candidate((String) row[1], (String) row[2], toDate(row[3]), (String) row[4],
                (String) row[5], (String) row[6]);
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof Date d ? d.toLocalDate() : null;
    }
}
