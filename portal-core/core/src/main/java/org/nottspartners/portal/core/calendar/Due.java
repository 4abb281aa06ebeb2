package org.nottspartners.portal.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * When a quality standard falls due: either by the end of a day (timescales in working days or
 * weeks) or by a moment (timescales in hours).
 */
public sealed interface Due permits Due.ByEndOfDay, Due.ByTime {

    /** Whether work finished at {@code doneAt} is in time. */
    boolean isMetBy(Instant doneAt);

    /** The due date or time in plain words, for example "by the end of Mon 2 Sep 2024". */
    String inWords();

    /**
     * The last moment at which the work is in time, to the microsecond a database keeps: work done after
     * it is late. By the end of a day, that is the microsecond before the next midnight.
     */
    Instant deadline();

    /**
     * Due by the end of a day in the council's time zone: anything done before midnight counts.
     *
     * @param day the last day on which the work is in time
     * @param zone the council's time zone
     */
    record ByEndOfDay(LocalDate day, ZoneId zone) implements Due {

        /** Checks that both parts are present. */
        public ByEndOfDay {
            Objects.requireNonNull(day, "A due day is needed");
            Objects.requireNonNull(zone, "A time zone is needed");
        }

        @Override
        public boolean isMetBy(Instant doneAt) {
            return doneAt.isBefore(day.plusDays(1).atStartOfDay(zone).toInstant());
        }

        @Override
        public String inWords() {
            return "by the end of " + Due.dayInWords(day);
        }

        @Override
        public Instant deadline() {
            return day.plusDays(1).atStartOfDay(zone).toInstant().minus(1, java.time.temporal.ChronoUnit.MICROS);
        }
    }

    /**
     * Due by a moment: work done at that moment or earlier counts.
     *
     * @param time the last moment at which the work is in time
     * @param zone the council's time zone, for showing the time
     */
    record ByTime(Instant time, ZoneId zone) implements Due {

        /** Checks that both parts are present. */
        public ByTime {
            Objects.requireNonNull(time, "A due time is needed");
            Objects.requireNonNull(zone, "A time zone is needed");
        }

        @Override
        public boolean isMetBy(Instant doneAt) {
            return !doneAt.isAfter(time);
        }

        @Override
        public Instant deadline() {
            return time.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }

        @Override
        public String inWords() {
            ZonedDateTime local = time.atZone(zone);
            return String.format(Locale.ROOT, "by %02d:%02d %s",
                    local.getHour(), local.getMinute(), Due.dayInWords(local.toLocalDate()));
        }
    }

    /**
     * A day as "Mon 2 Sep 2024", spelled out here rather than by locale data (which changes between
     * Java versions, for example "Sep" and "Sept").
     */
    private static String dayInWords(LocalDate day) {
        String[] days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        return days[day.getDayOfWeek().getValue() - 1] + " " + day.getDayOfMonth() + " "
                + months[day.getMonthValue() - 1] + " " + day.getYear();
    }
}
