package org.nottspartners.portal.core.person;

import java.time.DateTimeException;
import java.time.LocalDate;
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

    public boolean isFullDate() {
        return day != null;
    }
}
