package org.nottspartners.portal.licensing.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A time at the place of work or performance on one day: arriving at {@code start}, leaving at {@code end}, the same
 * day. A child's day that crosses midnight is two periods.
 */
public record WorkPeriod(LocalDate day, LocalTime start, LocalTime end) implements Comparable<WorkPeriod> {

    public WorkPeriod {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A period ends after it starts: " + day + " " + start + "-" + end);
        }
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public LocalDateTime starts() {
        return day.atTime(start);
    }

    public LocalDateTime ends() {
        return day.atTime(end);
    }

    public boolean overlaps(WorkPeriod other) {
        return day.equals(other.day) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(WorkPeriod other) {
        return starts().compareTo(other.starts());
    }
}
