package org.nottspartners.portal.core.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * A postal address as a letter is addressed: a first line, an optional second line, the town, the postcode in
 * its usual form ({@code NG7 2BB}) and, where known, the property's Unique Property Reference Number (UPRN,
 * digits only, at most 12). Checked the same way for the pages and the API, every problem at once.
 */
public record PostalAddress(String line1, String line2, String town, String postcode, String uprn) {

    /** The longest first or second line. */
    public static final int LINE_MAX = 200;
    /** The longest town name. */
    public static final int TOWN_MAX = 100;
    /** A UPRN has at most 12 digits. */
    public static final int UPRN_DIGITS = 12;

    /**
     * Reads an address as typed: spaces trimmed, the postcode written the usual way, an empty second line or
     * UPRN as none.
     *
     * @param errors where each problem is added, by field ({@code line1}, {@code line2}, {@code town},
     *               {@code postcode}, {@code uprn}), in the user's words
     * @return the address, or null when something was wrong (see {@code errors})
     */
    public static PostalAddress read(String line1, String line2, String town, String postcode, String uprn,
            List<Problem.FieldError> errors) {
        int before = errors.size();
        String first = text(line1);
        String second = text(line2);
        String place = text(town);
        if (first == null) {
            errors.add(new Problem.FieldError("line1", "Enter the first line of the address, like 12 Acacia Avenue"));
        } else if (first.length() > LINE_MAX) {
            errors.add(new Problem.FieldError("line1", "The first line of the address must be " + LINE_MAX + " characters or fewer"));
        }
        if (second != null && second.length() > LINE_MAX) {
            errors.add(new Problem.FieldError("line2", "The second line of the address must be " + LINE_MAX + " characters or fewer"));
        }
        if (place == null) {
            errors.add(new Problem.FieldError("town", "Enter the town or city, like Nottingham"));
        } else if (place.length() > TOWN_MAX) {
            errors.add(new Problem.FieldError("town", "The town must be " + TOWN_MAX + " characters or fewer"));
        }
        String code = null;
        if (text(postcode) == null) {
            errors.add(new Problem.FieldError("postcode", "Enter the postcode, like NG1 5AA"));
        } else {
            code = Postcodes.normalise(postcode).orElse(null);
            if (code == null) {
                errors.add(new Problem.FieldError("postcode", Postcodes.PROBLEM));
            }
        }
        String reference = uprn(uprn);
        if (text(uprn) != null && reference == null) {
            errors.add(new Problem.FieldError("uprn", "A UPRN is a number of up to " + UPRN_DIGITS
                    + " digits, like 100031234567; leave it empty if you do not know it"));
        }
        return errors.size() > before ? null : new PostalAddress(first, second, place, code, reference);
    }

    /** Reads an address as typed, refusing it with every problem at once. */
    public static PostalAddress read(String line1, String line2, String town, String postcode, String uprn) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PostalAddress address = read(line1, line2, town, postcode, uprn, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return address;
    }

    /**
     * The address as lines to print under the addressee's name, as Royal Mail asks: the lines given, the town
     * in capitals, the postcode on a line of its own.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(line1);
        if (line2 != null) {
            lines.add(line2);
        }
        lines.add(town.toUpperCase(Locale.UK));
        lines.add(postcode);
        return List.copyOf(lines);
    }

    /** The address on one line, for a table or a list: {@code 12 Acacia Avenue, Nottingham, NG7 2BB}. */
    public String oneLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + town + ", " + postcode;
    }

    /**
     * Whether this is the same place as {@code other}: the same UPRN where both have one, otherwise the same
     * postcode and first line, ignoring case, spaces and punctuation.
     */
    public boolean samePlaceAs(PostalAddress other) {
        if (uprn != null && other.uprn != null) {
            return uprn.equals(other.uprn);
        }
        return postcode.equals(other.postcode) && plain(line1).equals(plain(other.line1));
    }

    private static String plain(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The UPRN without spaces or leading zeros, or null when it is missing or not one. */
    static String uprn(String typed) {
        String digits = text(typed) == null ? null : typed.replaceAll("\\s", "");
        if (digits == null || !digits.matches("[0-9]{1," + UPRN_DIGITS + "}")) {
            return null;
        }
        String number = digits.replaceFirst("^0+", "");
        return number.isEmpty() ? null : number;
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
