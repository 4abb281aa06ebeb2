package org.nottspartners.portal.core.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A date of birth as far as the searcher knows it: a year ({@code 2015}), a month ({@code 2015-04}) or a
 * day ({@code 2015-04-02}, or {@code 02/04/2015} as people write it here).
 */
public record PartialDate(int year, Integer month, Integer day) {

    public static Optional<PartialDate> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String t = typed.strip();
        try {
            if (t.matches("\\d{4}")) {
                return Optional.of(new PartialDate(Integer.parseInt(t), null, null));
            }
            if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] p = t.split("-");
                return Optional.of(checked(Integer.parseInt(p[0]), Integer.parseInt(p[1]), null));
            }
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                return Optional.of(checked(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
            if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] p = t.split("/");
                return Optional.of(checked(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static PartialDate checked(int year, int month, Integer day) {
        LocalDate.of(year, month, day == null ? 1 : day); // throws for impossible dates
        return new PartialDate(year, month, day);
    }

    /** Whether a full date falls within what is known. */
    public boolean matches(LocalDate date) {
        return date != null && date.getYear() == year
                && (month == null || date.getMonthValue() == month)
                && (day == null || date.getDayOfMonth() == day);
    }

    /**
     * Whether a full date is this full date with its day and month the other way round (typed 04/02/2015
     * for 2 April 2015). Never when the day and the month are the same number.
     */
    public boolean matchesDayAndMonthSwapped(LocalDate date) {
        return date != null && isFullDate() && !day.equals(month) && date.getYear() == year
                && date.getMonthValue() == day && date.getDayOfMonth() == month;
    }

    /**
     * Whether a full date differs from this full date in exactly one digit, both written as year, month and
     * day in eight digits (typed 12/04/2015, or 02/04/2016, for 2 April 2015).
     */
    public boolean differsByOneDigit(LocalDate date) {
        if (date == null || !isFullDate()) {
            return false;
        }
        String typed = String.format(Locale.ROOT, "%04d%02d%02d", year, month, day);
        String other = String.format(Locale.ROOT, "%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        int different = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != other.charAt(i)) {
                different++;
            }
        }
        return different == 1;
    }

    public boolean isFullDate() {
        return day != null;
    }
}
