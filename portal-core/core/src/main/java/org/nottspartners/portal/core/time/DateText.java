package org.nottspartners.portal.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date typed on a page, read as year-month-day, with what is wrong in the user's words: the wrong shape is asked
 * for again in the right one, and a day that does not exist is called that ("2026-02-30 is not a real date:
 * February 2026 has 28 days"), not asked for in a shape it already has (issue 14).
 */
public final class DateText {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DateText() {
    }

    /** A date as people write it: "6 December 2026". */
    public static String inWords(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    /** A date read, or why it cannot be. */
    public record Reading(Optional<LocalDate> date, Optional<String> problem) {
    }

    /**
     * Reads the text; blank text is no date and no problem.
     *
     * @param what    the date in words, for the message ("the date of birth")
     * @param example a date of the right shape ("2015-04-02")
     */
    public static Reading read(String text, String what, String example) {
        if (text == null || text.isBlank()) {
            return new Reading(Optional.empty(), Optional.empty());
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return new Reading(Optional.empty(), Optional.of("Enter " + what + " as year-month-day, like " + example));
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return new Reading(Optional.empty(), Optional.of(text.strip() + " is not a real date: there is no month " + month
                    + ". Enter " + what + " as year-month-day, like " + example));
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > length) {
            return new Reading(Optional.empty(), Optional.of(text.strip() + " is not a real date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has " + length + " days"));
        }
        return new Reading(Optional.of(LocalDate.of(year, month, day)), Optional.empty());
    }
}
