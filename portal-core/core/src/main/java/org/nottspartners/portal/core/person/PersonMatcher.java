package org.nottspartners.portal.core.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Judges how likely a known person is the one being searched for, and says why: despite typos,
 * nicknames, swapped first and last names, a differently written postcode, or a partial date of birth
 * (RULES.md §2: "Duplicate persons are the commonest complaint ... search before create"). Plain Java;
 * the database only gathers candidates.
 */
public final class PersonMatcher {

    /** Below this a candidate is not offered. */
    public static final int THRESHOLD = 40;

    private static final double SIMILAR = 0.88;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private PersonMatcher() {
    }

    /** What the searcher knows. Every part is optional. */
    public record Criteria(String givenName, String familyName, Optional<PartialDate> dateOfBirth,
            Optional<String> postcode, Optional<String> upn, Optional<String> nhsNumber) {

        /** From a single name box: the last word is the family name, the rest the given name. */
        public static Criteria of(String name, String dateOfBirth, String postcode, String upn, String nhsNumber) {
            String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
            int space = n.lastIndexOf(' ');
            String given = space < 0 ? "" : n.substring(0, space);
            String family = space < 0 ? n : n.substring(space + 1);
            return new Criteria(given, family, PartialDate.parse(dateOfBirth), Postcodes.normalise(postcode),
                    Optional.ofNullable(upn).filter(u -> !u.isBlank()).map(UniquePupilNumber::normalise),
                    Optional.ofNullable(nhsNumber).filter(u -> !u.isBlank()).map(NhsNumber::normalise));
        }

        public boolean isEmpty() {
            return givenName.isBlank() && familyName.isBlank() && upn.isEmpty() && nhsNumber.isEmpty();
        }
    }

    /** What is known of a candidate. */
    public record Candidate(String givenName, String familyName, java.time.LocalDate dateOfBirth, String postcode,
            String upn, String nhsNumber) {
    }

    /** A candidate's score (0 to 100) and the reasons, in words. */
    public record Match(int score, List<String> reasons) {
    }

    public static Optional<Match> match(Criteria c, Candidate p) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        if (c.upn().isPresent() && c.upn().get().equals(p.upn())) {
            score += 60;
            reasons.add("same UPN");
        }
        if (c.nhsNumber().isPresent() && c.nhsNumber().get().equals(p.nhsNumber())) {
            score += 60;
            reasons.add("same NHS number");
        }
        List<String> direct = new ArrayList<>();
        int asTyped = nameScore(c.givenName(), c.familyName(), p.givenName(), p.familyName(), direct, false);
        List<String> swapped = new ArrayList<>();
        int asSwapped = nameScore(c.familyName(), c.givenName(), p.givenName(), p.familyName(), swapped, true);
        score += Math.max(asTyped, asSwapped);
        reasons.addAll(asSwapped > asTyped ? swapped : direct);
        if (c.dateOfBirth().isPresent() && c.dateOfBirth().get().matches(p.dateOfBirth())) {
            boolean full = c.dateOfBirth().get().isFullDate();
            score += full ? 25 : 10;
            reasons.add(full ? "same date of birth" : "born in the month or year given");
        }
        if (c.postcode().isPresent() && p.postcode() != null) {
            String wanted = c.postcode().get();
            if (wanted.equals(p.postcode())) {
                score += 15;
                reasons.add("same postcode");
            } else if (outward(wanted).equals(outward(p.postcode()))) {
                score += 5;
                reasons.add("same postcode district (" + outward(wanted) + ")");
            }
        }
        return score >= THRESHOLD ? Optional.of(new Match(Math.min(score, 100), List.copyOf(reasons))) : Optional.empty();
    }

    private static int nameScore(String given, String family, String candidateGiven, String candidateFamily,
            List<String> reasons, boolean swapped) {
        int score = 0;
        String cg = lower(candidateGiven);
        String cf = lower(candidateFamily);
        String g = lower(given);
        String f = lower(family);
        if (!f.isEmpty()) {
            if (f.equals(cf)) {
                score += 30;
                reasons.add("same last name");
            } else if (JARO_WINKLER.apply(f, cf) >= SIMILAR) {
                score += 22;
                reasons.add("last name spelled similarly (" + candidateFamily + ")");
            } else if (METAPHONE.isDoubleMetaphoneEqual(f, cf)) {
                score += 18;
                reasons.add("last name sounds the same (" + candidateFamily + ")");
            }
        }
        if (!g.isEmpty()) {
            if (g.equals(cg)) {
                score += 25;
                reasons.add("same first name");
            } else if (Nicknames.variantsOf(g).contains(cg)) {
                score += 20;
                reasons.add("first name is another form of " + candidateGiven);
            } else if (JARO_WINKLER.apply(g, cg) >= SIMILAR) {
                score += 17;
                reasons.add("first name spelled similarly (" + candidateGiven + ")");
            } else if (METAPHONE.isDoubleMetaphoneEqual(g, cg)) {
                score += 15;
                reasons.add("first name sounds the same (" + candidateGiven + ")");
            }
        }
        if (swapped && score > 0) {
            score -= 5;
            reasons.add("first and last names swapped");
        }
        return score;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String outward(String postcode) {
        return postcode.substring(0, postcode.indexOf(' '));
    }
}
