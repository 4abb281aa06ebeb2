package org.nottspartners.portal.core.person;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK postcodes as people type them: any spacing and case, written back as {@code NG1 5AA}. Besides the shape
 * (an outward code of two to four characters, then a digit and two letters), the letters Royal Mail never uses
 * where it never uses them are refused, which catches the commonest slip, a letter O typed for a zero in the
 * inward code ({@code NG7 2OB}): no Q, V or X first; no I, J or Z second; in {@code A9A} and {@code AA9A}
 * codes only the letters Royal Mail uses there; no C, I, K, M, O or V in the last two letters.
 */
public final class Postcodes {

    private static final Pattern UK = Pattern.compile(
            "(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
                    + "[0-9][ABD-HJLNP-UW-Z]{2}");

    /** What to tell someone whose postcode is not one, in the same words everywhere. */
    public static final String PROBLEM = "Enter a real postcode, like NG1 5AA";

    private Postcodes() {
    }

    /** The postcode in its usual form, or empty when it is not a UK postcode. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!UK.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }
}
