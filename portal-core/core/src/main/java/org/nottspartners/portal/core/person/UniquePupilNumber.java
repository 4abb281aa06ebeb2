package org.nottspartners.portal.core.person;

import java.util.Locale;
import java.util.Optional;

/**
 * A Unique Pupil Number (UPN): 13 characters, a check letter then 12 characters (local authority
 * number, school number, year of allocation, serial; the last may be a letter in a temporary UPN). The
 * check letter is the DfE's: characters 2 to 13 weighted 2 to 13, summed, modulo 23, as a letter of
 * {@value #LETTERS}.
 */
public record UniquePupilNumber(String value) {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public UniquePupilNumber {
        if (problemWith(value).isPresent()) {
            throw new IllegalArgumentException(problemWith(value).get());
        }
    }

    /** Reads a UPN as a user types it (spaces and lower case allowed). */
    public static UniquePupilNumber parse(String typed) {
        return new UniquePupilNumber(normalise(typed));
    }

    static String normalise(String typed) {
        return typed == null ? null : typed.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a typed UPN, in the user's words; empty when it is valid. */
    public static Optional<String> problemWith(String typed) {
        String upn = normalise(typed);
        if (upn == null || upn.length() != 13) {
            return Optional.of("A UPN has 13 characters: a letter, then 11 digits, then a digit or a letter");
        }
        for (int i = 1; i < 12; i++) {
            if (!Character.isDigit(upn.charAt(i))) {
                return Optional.of("A UPN has 11 digits after its first letter");
            }
        }
        char last = upn.charAt(12);
        if (!Character.isDigit(last) && LETTERS.indexOf(last) < 0) {
            return Optional.of("The last character of a UPN is a digit or a letter other than I, O and S");
        }
        if (checkLetter(upn) != upn.charAt(0)) {
            return Optional.of("This UPN's check letter does not match: check it has been copied correctly");
        }
        return Optional.empty();
    }

    static char checkLetter(String upn) {
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += v * (i + 1);
        }
        return LETTERS.charAt(sum % 23);
    }

    /** Whether this is a temporary UPN (its last character is a letter). */
    public boolean isTemporary() {
        return !Character.isDigit(value.charAt(12));
    }
}
