package org.nottspartners.portal.core.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Judges how likely a known person is the one being searched for, and says why: despite typos,
 * nicknames, swapped first and last names, hyphens, spaces and apostrophes written differently, one part
 * of a double-barrelled last name, a differently written postcode, or a partial or nearly right date of
 * birth (RULES.md §2: "Duplicate persons are the commonest complaint ... search before create"). Plain
 * Java; the database only gathers candidates.
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

        /**
         * From a single name box: the last word is the family name, the rest the given name. (The search also
         * tries the other ways of splitting the words: {@link NameReadings#of}.)
         */
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
    public record Candidate(String givenName, String familyName, LocalDate dateOfBirth, String postcode,
            String upn, String nhsNumber) {
    }

    /** A candidate's score (0 to 100) and the reasons, in words. */
    public record Match(int score, List<String> reasons) {
    }

    /** A candidate judged: the person's id, what is known of them, and how well they match. */
    public record Judged(UUID id, Candidate candidate, Match match) {
    }

    /**
     * Best match first; equal scores by last name, first name (both ignoring case), date of birth (unknown
     * last) and id, so that the same search always lists the same people in the same order.
     */
    public static final Comparator<Judged> BEST_FIRST = Comparator
            .comparingInt((Judged j) -> j.match().score()).reversed()
            .thenComparing((Judged j) -> lower(j.candidate().familyName()))
            .thenComparing((Judged j) -> lower(j.candidate().givenName()))
            .thenComparing((Judged j) -> j.candidate().dateOfBirth(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Judged::id);

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
        // each way of reading the typed name as first and last name, as typed and swapped: the best counts
        int names = 0;
        List<String> namesReasons = List.of();
        for (NameReadings.Reading r : NameReadings.of(c.givenName(), c.familyName())) {
            List<String> direct = new ArrayList<>();
            int asTyped = nameScore(r.given(), r.family(), p.givenName(), p.familyName(), direct, false);
            if (asTyped > names) {
                names = asTyped;
                namesReasons = direct;
            }
            List<String> swapped = new ArrayList<>();
            int asSwapped = nameScore(r.family(), r.given(), p.givenName(), p.familyName(), swapped, true);
            if (asSwapped > names) {
                names = asSwapped;
                namesReasons = swapped;
            }
        }
        score += names;
        reasons.addAll(namesReasons);
        if (c.dateOfBirth().isPresent()) {
            PartialDate born = c.dateOfBirth().get();
            if (born.matches(p.dateOfBirth())) {
                boolean full = born.isFullDate();
                score += full ? 25 : 10;
                reasons.add(full ? "same date of birth" : "born in the month or year given");
            } else if (born.matchesDayAndMonthSwapped(p.dateOfBirth())) {
                // a common slip (month first, as written in the United States): it points to one day, so it
                // counts for more than a year of birth alone, and less than the date itself
                score += 15;
                reasons.add("date of birth matches with day and month swapped");
            } else if (born.differsByOneDigit(p.dateOfBirth())) {
                // enough to rank the person above a namesake born on another day, too little to offer
                // someone whose last name alone matches
                score += 8;
                reasons.add("date of birth matches but for one digit");
            }
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
        String cg = NameReadings.letters(candidateGiven);
        String cf = NameReadings.letters(candidateFamily);
        String g = NameReadings.letters(given);
        String f = NameReadings.letters(family);
        if (!f.isEmpty() && !cf.isEmpty()) {
            if (f.equals(cf)) {
                score += 30;
                reasons.add("same last name");
            } else if (isPartOf(f, family, cf, candidateFamily, false)) {
                // less than a last name that matches whole, so that a date of birth that matches outweighs it
                score += 20;
                reasons.add("part of the last name matches (" + candidateFamily + ")");
            } else if (JARO_WINKLER.apply(f, cf) >= SIMILAR) {
                score += 22;
                reasons.add("last name spelled similarly (" + candidateFamily + ")");
            } else if (METAPHONE.isDoubleMetaphoneEqual(f, cf)) {
                score += 18;
                reasons.add("last name sounds the same (" + candidateFamily + ")");
            } else if (isPartOf(f, family, cf, candidateFamily, true)) {
                score += 15;
                reasons.add("part of the last name spelled similarly (" + candidateFamily + ")");
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

    /**
     * Whether one last name is a part of the other, a double-barrelled one ("Brown" of "Fletcher-Brown"),
     * exactly or, when {@code similar}, spelled similarly.
     */
    private static boolean isPartOf(String f, String family, String cf, String candidateFamily, boolean similar) {
        return hasPart(NameReadings.parts(candidateFamily), f, similar) || hasPart(NameReadings.parts(family), cf, similar);
    }

    private static boolean hasPart(List<String> parts, String name, boolean similar) {
        if (parts.size() < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.equals(name) || similar && JARO_WINKLER.apply(part, name) >= SIMILAR) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String outward(String postcode) {
        return postcode.substring(0, postcode.indexOf(' '));
    }
}
