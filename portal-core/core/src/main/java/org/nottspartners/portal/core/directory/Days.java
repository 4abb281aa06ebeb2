package org.nottspartners.portal.core.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Days of the week as the standard writes them (iCalendar's {@code MO}, {@code TU}...) and as people read them. */
public final class Days {

    private Days() {
    }

    /** The iCalendar code of a day: {@code MO}. */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** A day from its code ({@code MO}, {@code 2MO} for a monthly "second Monday") or its English name ({@code monday}). */
    public static Optional<DayOfWeek> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replaceFirst("^[+-]?\\d+", "");
        return Arrays.stream(DayOfWeek.values()).filter(d -> t.length() >= 2 && (d.name().equals(t) || code(d).equals(t)
                || (t.length() >= 3 && d.name().startsWith(t)))).findFirst();
    }

    /** Whether a {@code byday} list ({@code MO,WE}) is made of days the standard knows. */
    public static boolean isValidList(String byday) {
        return byday == null || byday.isBlank()
                || Arrays.stream(byday.split(",")).allMatch(d -> d.trim().matches("[+-]?\\d{0,2}(MO|TU|WE|TH|FR|SA|SU)"));
    }

    /** "Monday, Wednesday" for {@code MO,WE}. */
    public static String names(String byday) {
        return Arrays.stream(byday.split(",")).map(String::trim).map(d -> of(d)
                .map(day -> day.getDisplayName(TextStyle.FULL, Locale.UK)).orElse(d))
                .collect(Collectors.joining(", "));
    }

    /** "9:30am", "12pm", as GOV.UK writes times. */
    public static String time(LocalTime t) {
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : String.format(":%02d", t.getMinute());
        return hour + minutes + (t.getHour() < 12 ? "am" : "pm");
    }
}
