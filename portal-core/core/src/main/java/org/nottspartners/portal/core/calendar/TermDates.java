package org.nottspartners.portal.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One run of school days as a council publishes its term dates, first and last day both included.
 * A term with a half-term holiday is entered as two runs (for example autumn 1 and autumn 2), so
 * that the half-term week falls between them. Days inside a run may still be closed to pupils
 * (INSET days); those are listed separately on the {@link WorkingDayCalendar}.
 *
 * @param start the first day pupils attend
 * @param end the last day pupils attend
 */
public record TermDates(LocalDate start, LocalDate end) {

    /** Checks that the run has a start and an end, in that order. */
    public TermDates {
        Objects.requireNonNull(start, "Term dates need a first day");
        Objects.requireNonNull(end, "Term dates need a last day");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A term cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Whether the day falls within this run, first and last days included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether this run shares at least one day with the other. */
    public boolean overlaps(TermDates other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }
}
