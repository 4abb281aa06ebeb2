package org.nottspartners.portal.core.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The query that gathers candidates for a person search, best first: people whose family name is the one
 * typed or one typo away (a letter missing, added, changed or two swapped) with a given name of the same
 * initial as the one typed or a known form of it; whose given name is one typo away with a family name
 * that starts the same; whose names both sound the same (Double Metaphone); each also with the names
 * swapped; with a double-barrelled family name of which one part is the family name typed (with a given
 * name of the same initial or a known form of it); born on the day given; or with the UPN or NHS number given. Names are
 * compared by their letters only, without spaces, hyphens or apostrophes ({@link NameReadings#letters}), and
 * a name typed in one box is tried in each way of splitting it into given and family name
 * ({@link NameReadings#of}: "Jane Fletcher Brown" is also Jane Fletcher-Brown). It returns only what
 * {@link PersonMatcher} needs, so that people merely considered are not loaded (nor audited as read); only
 * the people offered are. Native SQL, filtered to the council by row-level security.
 *
 * <p>Every branch is an equality on a stored key column (see {@code db/changelog/core/person-search.xml}):
 * under row-level security PostgreSQL uses an index only for conditions it knows cannot leak rows of
 * another council ("leakproof"), and the trigram operators and {@code lower()} are not, so trigram or
 * expression indexes are never used for the application's role. The keys are generated columns, filled
 * by the database; this class computes the same keys for what was typed. Shared with the benchmark so
 * that both measure the same query.
 */
public final class PersonCandidateQuery {

    /** At most this many candidates are judged. */
    public static final int CANDIDATES = 50;

    /** Candidates by a single typed word (family name only) considered at most. */
    private static final int ONE_WORD = 500;

    /** Letters tried in place of, or in addition to, those typed. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    /**
     * Parameters ?1 to ?7, as {@link #parameters} gives them. ?1 holds the readings of the name, separated by
     * ";", the name as split by the criteria first, each as given name, family name, forms of the given name
     * and forms of the family name, separated
     * by "/" (forms by ","). One part of a family name is looked up as typed only, not one typo away, which
     * would take a thousand lookups more. Candidates found by one part of their family name carry a bonus, as
     * those found by date of birth do, because the similarity of their whole family name to the part typed is
     * low; each kind of evidence counts once, and they add up. Ties are broken by id, so that the same search
     * gathers the same candidates.
     */
    public static final String SQL = "with readings as materialized (select split_part(r, '/', 1) as g,"
            + " split_part(r, '/', 2) as f, string_to_array(split_part(r, '/', 3), ',') as gforms,"
            + " string_to_array(split_part(r, '/', 4), ',') as fforms, n"
            + " from unnest(string_to_array(?1, ';')) with ordinality t(r, n)"
            + "), cand as materialized ("
            + "select id, search_given as sg, search_family as sf, 0 as bonus from core_person"
            + " where search_family_key = any(string_to_array(?2, ','))"
            + " union all select id, search_given, search_family, 0.5 from core_person"
            + " where search_family_first_key = any(string_to_array(?7, ','))"
            + " union all select id, search_given, search_family, 0.5 from core_person"
            + " where search_family_last_key = any(string_to_array(?7, ','))"
            + " union all select id, search_given, search_family, 0 from core_person"
            + " where search_given_key = any(string_to_array(?3, ','))"
            + " union all select id, search_given, search_family, 0 from core_person where search_sound = any(array("
            + "select dmetaphone(r.f) || '/' || dmetaphone(v) from readings r, unnest(r.gforms) v"
            + " union select dmetaphone(r.g) || '/' || dmetaphone(v) from readings r, unnest(r.fforms) v))"
            + " union all (select id, search_given, search_family, 0 from core_person"
            + " where search_family = any(array(select f from readings where g = '')) limit " + ONE_WORD + ")"
            + " union all select id, search_given, search_family, 0.6 from core_person"
            + " where date_of_birth = cast(nullif(?6, '') as date)"
            + " union all select id, search_given, search_family, 2 from core_person where upn = ?4"
            + " union all select id, search_given, search_family, 2.1 from core_person where nhs_number = ?5"
            + "), pairs as (select sg, sf, max(greatest("
            + "similarity(sf, r.f) + case when sg = r.g then 1 when sg = any(r.gforms) then 0.9"
            + " else similarity(sg, r.g) end,"
            + " similarity(sf, r.g) + case when sg = r.f then 1 when sg = any(r.fforms) then 0.9"
            + " else similarity(sg, r.f) end - 0.1)) as score from (select distinct sg, sf from cand) d, readings r"
            // every word as the family name ranks only when it is all that was typed: it adds too little to be
            // worth the time
            + " where r.n = 1 or r.g <> '' group by sg, sf"
            // each kind of evidence adds its bonus once (the kinds' bonuses differ, so distinct counts each kind):
            // a part of the family name and the date of birth together outrank a namesake of the part alone
            + "), best as (select c.id, max(p.score) + sum(distinct c.bonus) as score from cand c"
            + " join pairs p on p.sg = c.sg and p.sf = c.sf"
            + " group by c.id order by 2 desc, 1 limit " + CANDIDATES + ")"
            + " select p.id, p.given_name, p.family_name, p.date_of_birth, p.postcode, p.upn, p.nhs_number"
            + " from best join core_person p on p.id = best.id where p.merged_into is null"
            // the council again, beside row-level security: each layer holds on its own (issue 25)
            + " and p.tenant_id = current_setting('portal.tenant', true)"
            + " order by best.score desc, p.id";

    private PersonCandidateQuery() {
    }

    /**
     * The values of ?1 to ?7 for the criteria: the readings of the name (given and family name as letters,
     * with their known forms), the family-name and given-name keys to look up, UPN, NHS number, date of
     * birth ("" for none) and the keys of one part of a family name to look up.
     */
    public static List<Object> parameters(PersonMatcher.Criteria c) {
        List<String> readings = new ArrayList<>();
        Set<String> familyKeys = new LinkedHashSet<>();
        Set<String> givenKeys = new LinkedHashSet<>();
        Set<String> partKeys = new LinkedHashSet<>();
        for (NameReadings.Reading r : NameReadings.of(c.givenName(), c.familyName())) {
            String given = plain(r.given());
            String family = plain(r.family());
            Set<String> givenForms = given.isEmpty() ? Set.of() : Nicknames.variantsOf(given);
            Set<String> familyForms = family.isEmpty() ? Set.of() : Nicknames.variantsOf(family);
            readings.add(given + "/" + family + "/" + String.join(",", givenForms) + "/" + String.join(",", familyForms));
            if (!given.isEmpty() && !family.isEmpty()) {
                // as typed, then swapped
                addFamilyKeys(familyKeys, family, givenForms);
                addFamilyKeys(familyKeys, given, familyForms);
                addGivenKeys(givenKeys, given, family);
                addGivenKeys(givenKeys, family, given);
                addPartKeys(partKeys, family, givenForms);
                addPartKeys(partKeys, given, familyForms);
            }
        }
        String born = c.dateOfBirth().filter(PartialDate::isFullDate)
                .map(d -> LocalDate.of(d.year(), d.month(), d.day()).toString()).orElse("");
        return List.of(String.join(";", readings), String.join(",", familyKeys), String.join(",", givenKeys),
                c.upn().orElse(""), c.nhsNumber().orElse(""), born, String.join(",", partKeys));
    }

    private static void addPartKeys(Set<String> keys, String family, Set<String> givenForms) {
        for (String initial : initials(givenForms)) {
            keys.add(sortedLetters(family) + "/" + initial);
        }
    }

    private static Set<String> initials(Set<String> givenForms) {
        Set<String> initials = new TreeSet<>();
        for (String g : givenForms) {
            initials.add(g.substring(0, 1));
        }
        return initials;
    }

    /** A name's letters ({@link NameReadings#letters}), without the characters ?1 uses to separate its parts. */
    private static String plain(String name) {
        return NameReadings.letters(name).replace("/", "").replace(";", "");
    }

    private static void addFamilyKeys(Set<String> keys, String family, Set<String> givenForms) {
        Set<String> initials = initials(givenForms);
        for (String letters : oneTypoAway(family)) {
            for (String initial : initials) {
                keys.add(letters + "/" + initial);
            }
        }
    }

    private static void addGivenKeys(Set<String> keys, String given, String family) {
        String start = family.substring(0, Math.min(2, family.length()));
        for (String letters : oneTypoAway(given)) {
            keys.add(letters + "/" + start);
        }
    }

    /**
     * A name's characters in lower case, sorted, as the database's {@code core_sorted_letters}. The keys the
     * database stores are those of a name's letters ({@link NameReadings#letters}), so that names with the
     * same letters in another order (two letters swapped) share a key.
     */
    public static String sortedLetters(String name) {
        int[] codePoints = name.toLowerCase(Locale.ROOT).codePoints().sorted().toArray();
        return new String(codePoints, 0, codePoints.length);
    }

    /**
     * The keys of every name at most one typo from this one: the same letters, one letter fewer, one
     * more, or one changed. (Swapped letters keep the key.) Spaces, hyphens and apostrophes are no letters.
     */
    static Set<String> oneTypoAway(String name) {
        String sorted = sortedLetters(NameReadings.letters(name));
        Set<String> letters = new TreeSet<>();
        ALPHABET.codePoints().forEach(cp -> letters.add(Character.toString(cp)));
        sorted.codePoints().forEach(cp -> letters.add(Character.toString(cp)));
        List<String> fewer = new ArrayList<>();
        Set<String> distinct = new TreeSet<>();
        sorted.codePoints().forEach(cp -> distinct.add(Character.toString(cp)));
        for (String d : distinct) {
            int at = sorted.indexOf(d);
            fewer.add(sorted.substring(0, at) + sorted.substring(at + d.length()));
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(sorted);
        keys.addAll(fewer);
        for (String l : letters) {
            keys.add(sortedLetters(sorted + l));
            for (String f : fewer) {
                keys.add(sortedLetters(f + l));
            }
        }
        keys.remove("");
        return keys;
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
