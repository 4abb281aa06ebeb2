package org.nottspartners.portal.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One council's calendar of working days and school days (RULES.md §2 "Working days").
 *
 * <p><b>Working day</b>: Monday to Friday, not an England and Wales bank holiday and not a council
 * closure day (for example the days between Christmas and New Year when a council closes its
 * offices). <b>School day</b>: Monday to Friday inside the council's term dates, not a bank
 * holiday and not a school closure (INSET) day; council office closures do not close schools.
 *
 * <p>Conventions (each tested):
 * <ul>
 *   <li>{@link #addWorkingDays}: counting starts the day after the start day, so "within 5 working
 *       days" of a Friday referral before a bank holiday Monday ends on the Monday after next.
 *       Adding 0 gives the start day if it is a working day, otherwise the next working day.</li>
 *   <li>{@link #workingDaysBetween}: the first day is left out and the last day counted, so it
 *       undoes {@code addWorkingDays}.</li>
 *   <li>{@link #addWorkingHours}: {@link WorkingHours#AROUND_THE_CLOCK} counts real elapsed time
 *       (a clock change is an hour like any other); {@link WorkingHours.OfficeHours} counts only
 *       the office hours of working days.</li>
 *   <li>School periods ({@link #schoolDaysBetween}, {@link #schoolSessionsBetween},
 *       {@link #schoolWeeksBetween}) include both their first and their last day.</li>
 *   <li>A school week is a Monday-to-Sunday week with at least one school session in it, the
 *       definition the national penalty-notice framework uses ("Working together to improve
 *       school attendance", 2024; RULES.md §4 "10 school weeks").</li>
 * </ul>
 *
 * <p>Dates are taken in the council's time zone (England: Europe/London). Instances are immutable;
 * make one with {@link #builder(String, BankHolidays)}.
 *
 * <p>Why one class of about 470 lines: the arithmetic of working days, working hours and school weeks shares
 * one set of closure days and terms; split into three, each part would carry the same lookups.
 */
public final class WorkingDayCalendar {

    /** The time zone of both councils. */
    public static final ZoneId ENGLAND = org.nottspartners.portal.core.time.Today.ENGLAND;

    /** Sessions in a school day: morning and afternoon (SI 2024/208, RULES.md §4). */
    public static final int SESSIONS_PER_SCHOOL_DAY = 2;

    private final String council;
    private final BankHolidays bankHolidays;
    private final Set<LocalDate> councilClosureDays;
    private final List<TermDates> terms;
    private final Set<LocalDate> schoolClosureDays;
    private final ZoneId zone;

    private WorkingDayCalendar(Builder builder) {
        this.council = builder.council;
        this.bankHolidays = builder.bankHolidays;
        this.councilClosureDays = Set.copyOf(builder.councilClosureDays);
        List<TermDates> sorted = new ArrayList<>(builder.terms);
        sorted.sort(Comparator.comparing(TermDates::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException(council + ": term dates " + sorted.get(i - 1).start()
                        + " to " + sorted.get(i - 1).end() + " overlap " + sorted.get(i).start()
                        + " to " + sorted.get(i).end());
            }
        }
        this.terms = List.copyOf(sorted);
        for (LocalDate inset : builder.schoolClosureDays) {
            if (terms.stream().noneMatch(term -> term.contains(inset))) {
                throw new IllegalArgumentException(council + ": the school closure (INSET) day " + inset
                        + " is not inside any of the term dates given");
            }
        }
        this.schoolClosureDays = Set.copyOf(builder.schoolClosureDays);
        this.zone = builder.zone;
    }

    /**
     * Starts a calendar for a council.
     *
     * @param council the tenant the calendar belongs to ({@code county} or {@code city})
     * @param bankHolidays usually {@link BankHolidays#englandAndWales()}
     */
    public static Builder builder(String council, BankHolidays bankHolidays) {
        return new Builder(council, bankHolidays);
    }

    /** The tenant this calendar belongs to. */
    public String council() {
        return council;
    }

    /** The bank holidays this calendar skips. */
    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    /** Days the council's offices close although they are neither weekends nor bank holidays. */
    public Set<LocalDate> councilClosureDays() {
        return councilClosureDays;
    }

    /** The council's term dates, earliest first. */
    public List<TermDates> terms() {
        return terms;
    }

    /** Days inside term when schools are closed to pupils (INSET days). */
    public Set<LocalDate> schoolClosureDays() {
        return schoolClosureDays;
    }

    /** The council's time zone, used to turn instants into days. */
    public ZoneId zone() {
        return zone;
    }

    /** The day an instant falls on in the council's time zone. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    // ---------------------------------------------------------------- working days

    /** Whether council offices are open: a weekday that is neither a bank holiday nor a closure day. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "A date is needed");
        return !isWeekend(date) && !bankHolidays.isBankHoliday(date) && !councilClosureDays.contains(date);
    }

    /**
     * The working day {@code workingDays} working days after {@code start}. Counting starts the day
     * after {@code start}: from Friday 23 August 2024, 5 working days ends on Monday 2 September 2024
     * (Monday 26 August being the summer bank holiday). With 0, the result is {@code start} itself if
     * it is a working day, otherwise the next working day.
     *
     * @throws IllegalArgumentException if {@code workingDays} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "A start day is needed");
        if (workingDays < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days (" + workingDays + ")");
        }
        if (workingDays == 0) {
            return firstWorkingDayFrom(start);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}: from Friday
     * 23 August 2024 to Monday 2 September 2024 is 5. The same day gives 0. If {@code to} is before
     * {@code from} the answer is negative (minus the count from {@code to} to {@code from}), which
     * reads as "working days overdue" or "working days early".
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "A first day is needed");
        Objects.requireNonNull(to, "A last day is needed");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The day itself if it is a working day, otherwise the next working day. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    // ---------------------------------------------------------------- working hours

    /** {@link #addWorkingTime(Instant, Duration, WorkingHours)} for a whole number of hours. */
    public Instant addWorkingHours(Instant start, long hours, WorkingHours rule) {
        return addWorkingTime(start, hoursOf(hours), rule);
    }

    /** {@link #addWorkingTime(LocalDateTime, Duration, WorkingHours)} for a whole number of hours. */
    public LocalDateTime addWorkingHours(LocalDateTime start, long hours, WorkingHours rule) {
        return addWorkingTime(start, hoursOf(hours), rule);
    }

    /**
     * The moment {@code time} of counted time after {@code start}.
     * <ul>
     *   <li>{@link WorkingHours#AROUND_THE_CLOCK}: real elapsed time; 24 hours from 10:00 Friday is
     *       10:00 Saturday, bank holidays and the night included.</li>
     *   <li>{@link WorkingHours.OfficeHours}: only office hours on working days count. A start outside
     *       office hours counts from the next opening; work due exactly at closing time is due at
     *       closing time, not at the next opening. With no time to add, a start outside office hours
     *       moves to the next opening.</li>
     * </ul>
     */
    public Instant addWorkingTime(Instant start, Duration time, WorkingHours rule) {
        Objects.requireNonNull(start, "A start time is needed");
        requireNotNegative(time);
        Objects.requireNonNull(rule, "Say how hours are counted (around the clock or office hours)");
        if (rule instanceof WorkingHours.OfficeHours office) {
            LocalDateTime end = addOfficeTime(start.atZone(zone).toLocalDateTime(), time, office);
            return ZonedDateTime.of(end, zone).toInstant();
        }
        return start.plus(time);
    }

    /**
     * As {@link #addWorkingTime(Instant, Duration, WorkingHours)}, for wall-clock times in the
     * council's time zone. Around the clock, the clock change is respected: 24 hours from 12:00 on
     * the Saturday before the clocks go forward is 13:00 on the Sunday.
     */
    public LocalDateTime addWorkingTime(LocalDateTime start, Duration time, WorkingHours rule) {
        Objects.requireNonNull(start, "A start time is needed");
        requireNotNegative(time);
        Objects.requireNonNull(rule, "Say how hours are counted (around the clock or office hours)");
        if (rule instanceof WorkingHours.OfficeHours office) {
            return addOfficeTime(start, time, office);
        }
        return ZonedDateTime.of(start, zone).plus(time).toLocalDateTime();
    }

    private LocalDateTime addOfficeTime(LocalDateTime start, Duration time, WorkingHours.OfficeHours office) {
        LocalDateTime at = start;
        Duration left = time;
        while (true) {
            LocalDate day = at.toLocalDate();
            if (!isWorkingDay(day) || !at.toLocalTime().isBefore(office.closes())) {
                // Closed now: move to the next opening. (At exactly closing time with nothing left to
                // add we stay, so "due at 17:00" is not pushed to the next morning.)
                if (left.isZero() && isWorkingDay(day) && at.toLocalTime().equals(office.closes())) {
                    return at;
                }
                at = firstWorkingDayFrom(day.plusDays(1)).atTime(office.opens());
                continue;
            }
            if (at.toLocalTime().isBefore(office.opens())) {
                at = day.atTime(office.opens());
            }
            Duration openToday = Duration.between(at.toLocalTime(), office.closes());
            if (left.compareTo(openToday) <= 0) {
                return at.plus(left);
            }
            left = left.minus(openToday);
            at = firstWorkingDayFrom(day.plusDays(1)).atTime(office.opens());
        }
    }

    // ---------------------------------------------------------------- school days

    /**
     * Whether pupils attend: a weekday inside the term dates, not a bank holiday and not a school
     * closure (INSET) day.
     *
     * @throws IllegalStateException if no term dates were given, or the day is before the first or
     *     after the last term entered (the answer would be a guess)
     */
    public boolean isSchoolDay(LocalDate date) {
        Objects.requireNonNull(date, "A date is needed");
        requireTermDatesCover(date);
        return !isWeekend(date)
                && terms.stream().anyMatch(term -> term.contains(date))
                && !bankHolidays.isBankHoliday(date)
                && !schoolClosureDays.contains(date);
    }

    /** The number of school days from {@code first} to {@code last}, both included. */
    public int schoolDaysBetween(LocalDate first, LocalDate last) {
        requirePeriod(first, last);
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isSchoolDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The number of school sessions (a morning and an afternoon each school day) from {@code first}
     * to {@code last}, both included: the possible sessions a pupil on roll throughout could attend.
     */
    public int schoolSessionsBetween(LocalDate first, LocalDate last) {
        return SESSIONS_PER_SCHOOL_DAY * schoolDaysBetween(first, last);
    }

    /**
     * The number of school weeks from {@code first} to {@code last}, both included: Monday-to-Sunday
     * weeks with at least one school session inside the period. A half-term week with no school
     * days is not counted; a week with only an INSET day and a bank holiday and three school days
     * is. A week cut by the period counts if a school day of it lies inside the period.
     */
    public int schoolWeeksBetween(LocalDate first, LocalDate last) {
        requirePeriod(first, last);
        Set<LocalDate> mondays = new HashSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isSchoolDay(day)) {
                mondays.add(mondayOf(day));
            }
        }
        return mondays.size();
    }

    /**
     * The same day of the week as {@code start}, in the {@code schoolWeeks}-th school week after the
     * week {@code start} falls in; weeks without a school day (holidays) are skipped. In term time with
     * no holidays this is simply {@code schoolWeeks} weeks later.
     */
    public LocalDate addSchoolWeeks(LocalDate start, int schoolWeeks) {
        Objects.requireNonNull(start, "A start day is needed");
        if (schoolWeeks < 1) {
            throw new IllegalArgumentException("Add at least one school week (not " + schoolWeeks + ")");
        }
        LocalDate monday = mondayOf(start);
        int counted = 0;
        while (counted < schoolWeeks) {
            monday = monday.plusWeeks(1);
            if (hasSchoolDay(monday)) {
                counted++;
            }
        }
        return monday.plusDays(start.getDayOfWeek().getValue() - 1L);
    }

    private boolean hasSchoolDay(LocalDate monday) {
        for (int i = 0; i < 5; i++) {
            if (isSchoolDay(monday.plusDays(i))) {
                return true;
            }
        }
        return false;
    }

    private void requireTermDatesCover(LocalDate date) {
        if (terms.isEmpty()) {
            throw new IllegalStateException("No term dates have been entered for " + council
                    + ", so school days cannot be counted");
        }
        LocalDate firstDay = terms.get(0).start();
        LocalDate lastDay = terms.get(terms.size() - 1).end();
        if (date.isBefore(firstDay) || date.isAfter(lastDay)) {
            throw new IllegalStateException("Term dates for " + council + " are known from " + firstDay
                    + " to " + lastDay + "; " + date + " is outside them. Enter that school year's term dates first.");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static void requirePeriod(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "A first day is needed");
        Objects.requireNonNull(last, "A last day is needed");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The period ends (" + last + ") before it starts (" + first + ")");
        }
    }

    private static Duration hoursOf(long hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of hours (" + hours + ")");
        }
        return Duration.ofHours(hours);
    }

    private static void requireNotNegative(Duration time) {
        Objects.requireNonNull(time, "Say how much time to add");
        if (time.isNegative()) {
            throw new IllegalArgumentException("Cannot add a negative amount of time (" + time + ")");
        }
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + council + ", " + bankHolidays + ", " + councilClosureDays.size()
                + " closure days, " + terms.size() + " term runs, " + schoolClosureDays.size() + " INSET days]";
    }

    /**
     * Collects a council's closure days and term dates; {@link #build()} checks them and makes the
     * immutable calendar. A builder is not shared between threads.
     */
    public static final class Builder {
        private final String council;
        private final BankHolidays bankHolidays;
        private final Set<LocalDate> councilClosureDays = new HashSet<>();
        private final List<TermDates> terms = new ArrayList<>();
        private final Set<LocalDate> schoolClosureDays = new HashSet<>();
        private ZoneId zone = ENGLAND;

        private Builder(String council, BankHolidays bankHolidays) {
            Objects.requireNonNull(council, "Say which council the calendar belongs to");
            if (council.isBlank()) {
                throw new IllegalArgumentException("Say which council the calendar belongs to");
            }
            this.council = council;
            this.bankHolidays = Objects.requireNonNull(bankHolidays, "A calendar needs a bank holiday list");
        }

        /** Days the council's offices close (for example 27 to 31 December). */
        public Builder councilClosureDays(Collection<LocalDate> days) {
            days.forEach(day -> councilClosureDays.add(Objects.requireNonNull(day, "A closure day needs a date")));
            return this;
        }

        /** One run of term dates (a half term). */
        public Builder term(LocalDate start, LocalDate end) {
            terms.add(new TermDates(start, end));
            return this;
        }

        /** Runs of term dates. */
        public Builder terms(Collection<TermDates> runs) {
            runs.forEach(run -> terms.add(Objects.requireNonNull(run, "Term dates cannot be empty")));
            return this;
        }

        /** Days inside term when schools are closed to pupils (INSET days). */
        public Builder schoolClosureDays(Collection<LocalDate> days) {
            days.forEach(day -> schoolClosureDays.add(Objects.requireNonNull(day, "An INSET day needs a date")));
            return this;
        }

        /** The council's time zone, if not England's. */
        public Builder zone(ZoneId zoneId) {
            this.zone = Objects.requireNonNull(zoneId, "A time zone is needed");
            return this;
        }

        /** Checks the dates and makes the calendar. */
        public WorkingDayCalendar build() {
            return new WorkingDayCalendar(this);
        }
    }
}
