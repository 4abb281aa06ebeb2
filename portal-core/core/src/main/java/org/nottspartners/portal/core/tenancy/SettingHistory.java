package org.nottspartners.portal.core.tenancy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The values a council has given one setting over time, each from its effective date: the value in force
 * on a date is the one with the latest effective date on or before it (RULES.md §0: "a case must be
 * judged by the rule in force on its date").
 */
public final class SettingHistory {

    private SettingHistory() {
    }

    /** One value of a setting, from a date. */
    public record Entry(LocalDate effectiveFrom, String value) {
    }

    public static Optional<String> valueOn(Collection<Entry> history, LocalDate date) {
        return history.stream()
                .filter(e -> !e.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(Entry::effectiveFrom))
                .map(Entry::value);
    }
}
