package org.nottspartners.portal.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One England and Wales bank holiday, as published on gov.uk: the day offices close and its name
 * (for example "Boxing Day (substitute day)").
 *
 * @param date the day the holiday is taken (the substitute day where one applies)
 * @param name the holiday's name in the government's words
 */
public record BankHoliday(LocalDate date, String name) {

    /** Checks that both parts are present. */
    public BankHoliday {
        Objects.requireNonNull(date, "A bank holiday needs a date");
        Objects.requireNonNull(name, "A bank holiday needs a name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The bank holiday on " + date + " has no name");
        }
    }
}
