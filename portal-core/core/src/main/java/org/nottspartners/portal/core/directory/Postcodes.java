package org.nottspartners.portal.core.directory;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcodes, written one way ({@code NG7 2FH}) whatever way they were typed. */
public final class Postcodes {

    private static final Pattern FULL = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");

    private Postcodes() {
    }

    public static boolean isValid(String postcode) {
        return postcode != null && FULL.matcher(postcode.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")).matches();
    }

    /** Upper case with one space before the last three characters. */
    public static String normalise(String postcode) {
        String p = postcode.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return p.length() > 3 ? p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3) : p;
    }
}
