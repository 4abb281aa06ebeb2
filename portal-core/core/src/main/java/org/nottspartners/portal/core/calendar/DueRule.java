package org.nottspartners.portal.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quality standard's timescale, as the operating guidance words it (002 §2a15, §3a9, §3b6, §3d5):
 * "5 working days", "24 hours", "2 weeks", or, for attendance work, a number of school weeks.
 * The number is council configuration with an effective date (RULES.md §0), see
 * {@link QualityStandardSettings}.
 */
public sealed interface DueRule
        permits DueRule.WorkingDays, DueRule.ClockHours, DueRule.CalendarDays, DueRule.CalendarWeeks, DueRule.CalendarMonths, DueRule.SchoolWeeks,
        DueRule.NotUsed {

    /** When work whose clock starts at {@code startedAt} falls due under this rule. */
    Due dueFrom(Instant startedAt, WorkingDayCalendar calendar);

    /** The timescale in the guidance's words, for example "5 working days". */
    String inWords();

    /** Whether a council works to the standard at all ({@link NotUsed} says it does not). */
    default boolean inUse() {
        return true;
    }

    /**
     * Reads a timescale written as {@link #inWords()} writes it: "5 working days", "1 working day",
     * "24 hours", "1 hour", "25 days", "2 weeks", "3 months", "10 school weeks", or "not used".
     */
    static DueRule parse(String text) {
        Objects.requireNonNull(text, "A timescale is needed");
        if (NotUsed.WORDS.equals(text.trim().toLowerCase(Locale.UK))) {
            return new NotUsed();
        }
        Matcher m = Pattern.compile("(\\d+)\\s+(working days?|days?|hours?|school weeks?|weeks?|months?)")
                .matcher(text.trim().toLowerCase(Locale.UK));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a timescale this portal understands;"
                    + " write for example '5 working days', '24 hours', '2 weeks', '3 months' or '10 school weeks',"
                    + " or 'not used' where the council does not work to it");
        }
        int n = Integer.parseInt(m.group(1));
        String unit = m.group(2);
        if (unit.startsWith("working")) {
            return new WorkingDays(n);
        } else if (unit.startsWith("hour")) {
            return new ClockHours(n);
        } else if (unit.startsWith("school")) {
            return new SchoolWeeks(n);
        } else if (unit.startsWith("month")) {
            return new CalendarMonths(n);
        } else if (unit.startsWith("day")) {
            return new CalendarDays(n);
        }
        return new CalendarWeeks(n);
    }

    /**
     * Due by the end of the n-th working day after the day the clock starts (counting starts the
     * next day, see {@link WorkingDayCalendar#addWorkingDays}). A clock started on a weekend or bank
     * holiday therefore counts from the next working day as day 1.
     *
     * @param days the number of working days, at least 1
     */
    record WorkingDays(int days) implements DueRule {

        /** Checks the number is at least 1. */
        public WorkingDays {
            requireAtLeastOne(days, "working days");
        }

        @Override
        public Due dueFrom(Instant startedAt, WorkingDayCalendar calendar) {
            LocalDate start = calendar.dayOf(startedAt);
            return new Due.ByEndOfDay(calendar.addWorkingDays(start, days), calendar.zone());
        }

        @Override
        public String inWords() {
            return days + (days == 1 ? " working day" : " working days");
        }
    }

    /**
     * Due n hours of real elapsed time after the clock starts, nights, weekends and bank holidays
     * included ("urgent referrals ... screened within 24 hours", 002 §3a2; "within 72 hours of their
     * return", 002 §3b1).
     *
     * @param hours the number of hours, at least 1
     */
    record ClockHours(int hours) implements DueRule {

        /** Checks the number is at least 1. */
        public ClockHours {
            requireAtLeastOne(hours, "hours");
        }

        @Override
        public Due dueFrom(Instant startedAt, WorkingDayCalendar calendar) {
            return new Due.ByTime(calendar.addWorkingHours(startedAt, hours, WorkingHours.AROUND_THE_CLOCK),
                    calendar.zone());
        }

        @Override
        public String inWords() {
            return hours + (hours == 1 ? " hour" : " hours");
        }
    }

    /**
     * Due by the end of the same day of the week n weeks after the clock starts, whether or not that
     * day is a working day ("within 2 weeks", 002 §2a15; "every 16 weeks", 002 §3d5).
     *
     * @param weeks the number of weeks, at least 1
     */
    record CalendarWeeks(int weeks) implements DueRule {

        /** Checks the number is at least 1. */
        public CalendarWeeks {
            requireAtLeastOne(weeks, "weeks");
        }

        @Override
        public Due dueFrom(Instant startedAt, WorkingDayCalendar calendar) {
            return new Due.ByEndOfDay(calendar.dayOf(startedAt).plusWeeks(weeks), calendar.zone());
        }

        @Override
        public String inWords() {
            return weeks + (weeks == 1 ? " week" : " weeks");
        }
    }

    /**
     * Due by the end of the n-th day after the day the clock starts, weekends and holidays counted ("an employment
     * permit issued within 25 days of the application", 002 §14c).
     *
     * @param days the number of days, at least 1
     */
    record CalendarDays(int days) implements DueRule {

        /** Checks the number is at least 1. */
        public CalendarDays {
            requireAtLeastOne(days, "days");
        }

        @Override
        public Due dueFrom(Instant startedAt, WorkingDayCalendar calendar) {
            return new Due.ByEndOfDay(calendar.dayOf(startedAt).plusDays(days), calendar.zone());
        }

        @Override
        public String inWords() {
            return days + (days == 1 ? " day" : " days");
        }
    }

    /**
     * Due by the end of the same day of the month n months after the clock starts, or the month's last
     * day where it is shorter ("monthly", "a phone call every 3 months", 002 §3c5).
     *
     * @param months the number of months, at least 1
     */
    record CalendarMonths(int months) implements DueRule {

        /** Checks the number is at least 1. */
        public CalendarMonths {
            requireAtLeastOne(months, "months");
        }

        @Override
        public Due dueFrom(Instant startedAt, WorkingDayCalendar calendar) {
            return new Due.ByEndOfDay(calendar.dayOf(startedAt).plusMonths(months), calendar.zone());
        }

        @Override
        public String inWords() {
            return months + (months == 1 ? " month" : " months");
        }
    }

    /**
     * Due by the end of the same day of the week in the n-th school week after the week the clock
     * starts; weeks with no school session (holidays) are skipped (see
     * {@link WorkingDayCalendar#addSchoolWeeks}). Needs the council's term dates.
     *
     * @param weeks the number of school weeks, at least 1
     */
    record SchoolWeeks(int weeks) implements DueRule {

        /** Checks the number is at least 1. */
        public SchoolWeeks {
            requireAtLeastOne(weeks, "school weeks");
        }

        @Override
        public Due dueFrom(Instant startedAt, WorkingDayCalendar calendar) {
            return new Due.ByEndOfDay(calendar.addSchoolWeeks(calendar.dayOf(startedAt), weeks), calendar.zone());
        }

        @Override
        public String inWords() {
            return weeks + (weeks == 1 ? " school week" : " school weeks");
        }
    }

    /**
     * The council does not work to this standard (issue 23: a standard from one council's guidance, such as
     * County's 35 working days to the first TAF, is "not used" in a council whose own guidance has no such rule).
     * No clock of it is started; a module names every standard a step could start and the council's settings
     * decide which run.
     */
    record NotUsed() implements DueRule {

        /** How a council writes it in its settings. */
        public static final String WORDS = "not used";

        @Override
        public Due dueFrom(Instant startedAt, WorkingDayCalendar calendar) {
            throw new IllegalStateException("A standard the council does not use has no due time");
        }

        @Override
        public String inWords() {
            return WORDS;
        }

        @Override
        public boolean inUse() {
            return false;
        }
    }

    private static void requireAtLeastOne(int n, String unit) {
        if (n < 1) {
            throw new IllegalArgumentException("A timescale must be at least 1 (not " + n + " " + unit + ")");
        }
    }
}
