package org.nottspartners.portal.core.person;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes as people type them: any spacing and case, written back as {@code NG1 5AA}. */
public final class Postcodes {

    private static final Pattern UK = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}");

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
