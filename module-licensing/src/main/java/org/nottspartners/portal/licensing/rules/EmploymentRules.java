package org.nottspartners.portal.licensing.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a child's hours in a job keep the law and the council's byelaws (RULES.md §5: CYPA 1933, the 1998 Regulations,
 * the byelaws): minimum age 14 (13 for listed light work); never in school hours, before 07:00 or after 19:00; a school
 * day at most 2 hours, at most 1 of them before school; a term-time week at most 12 hours; a Saturday or a holiday
 * weekday 5 hours under 15, 8 at 15 or over; a Sunday 2 hours; a holiday week 25 hours under 15, 35 at 15 or over; a
 * 1-hour break after 4 hours; 2 consecutive work-free weeks in the school holidays each year. A week with a school day in
 * it is a term-time week. After compulsory school age no permit is needed.
 */
public final class EmploymentRules {

    private static final String BYELAWS = "CYPA 1933, the 1998 Regulations and the council's byelaws (RULES.md §5)";

    /** What the employer plans: the child, the job (a listed light-work job, if it is one), and the times of work. */
    public record Plan(LocalDate dateOfBirth, Optional<LightWork> job, List<WorkPeriod> periods) {

        public Plan {
            periods = periods.stream().sorted().toList();
        }
    }

    private EmploymentRules() {
    }

    /**
     * @param dayTypes the council calendar's type of each day (may throw {@link IllegalStateException} when the term
     *                 dates do not reach a day)
     */
    public static RuleCheck check(Plan plan, Function<LocalDate, DayType> dayTypes, EmploymentLimits limits) {
        List<Breach> breaches = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LocalDate lastDay = SchoolAge.lastDay(plan.dateOfBirth());
        List<WorkPeriod> periods = plan.periods().stream().filter(p -> !p.day().isAfter(lastDay)).toList();
        if (periods.size() < plan.periods().size()) {
            notes.add("No permit is needed from " + Words.day(lastDay.plusDays(1)) + ": the child's compulsory school age ends on "
                    + Words.day(lastDay) + ".");
        }
        minimumAge(plan, periods, limits, breaches);
        Map<LocalDate, List<WorkPeriod>> byDay = periods.stream()
                .collect(Collectors.groupingBy(WorkPeriod::day, TreeMap::new, Collectors.toList()));
        byDay.forEach((day, ofDay) -> day(plan, day, ofDay, dayTypes.apply(day), limits, breaches));
        weeks(plan, byDay, dayTypes, limits, breaches, notes);
        notes.add("A permit runs at the latest to " + Words.day(lastDay) + ", the end of the child's compulsory school age.");
        return RuleCheck.of(breaches, notes);
    }

    private static void minimumAge(Plan plan, List<WorkPeriod> periods, EmploymentLimits limits, List<Breach> breaches) {
        boolean light = plan.job().filter(limits.lightWork()::contains).isPresent();
        int least = light ? limits.lightWorkAge() : limits.minimumAge();
        periods.stream().filter(p -> SchoolAge.ageOn(plan.dateOfBirth(), p.day()) < least).findFirst().ifPresent(first -> {
            int age = Math.max(0, SchoolAge.ageOn(plan.dateOfBirth(), first.day()));
            breaches.add(new Breach("minimum-age", first.day(), "On " + Words.day(first.day()) + " the child would be " + age
                    + ": a child may not be employed under " + least + (light ? " (" + plan.job().get().inWords() + " is light work)"
                    : plan.job().isPresent() ? " (the council's byelaws do not list " + plan.job().get().inWords()
                            + " as light work for younger children)" : "") + ".", BYELAWS));
        });
    }

    private static void day(Plan plan, LocalDate day, List<WorkPeriod> ofDay, DayType type, EmploymentLimits limits,
            List<Breach> breaches) {
        String on = "On " + Words.day(day) + " (" + type.inWords() + ")";
        for (WorkPeriod p : ofDay) {
            if (p.start().isBefore(limits.earliest())) {
                breaches.add(new Breach("earliest-start", day, on + " work would start at " + p.start() + ": no child may work before "
                        + limits.earliest() + ".", BYELAWS));
            }
            if (p.end().isAfter(limits.latest())) {
                breaches.add(new Breach("latest-finish", day, on + " work would end at " + p.end() + ": no child may work after "
                        + limits.latest() + ".", BYELAWS));
            }
            if (type == DayType.SCHOOL_DAY && p.start().isBefore(limits.schoolEnds()) && limits.schoolStarts().isBefore(p.end())) {
                breaches.add(new Breach("school-hours", day, on + " work from " + p.start() + " to " + p.end()
                        + " would be in school hours (" + limits.schoolStarts() + " to " + limits.schoolEnds() + "): no child may work then.",
                        BYELAWS));
            }
        }
        Duration total = ofDay.stream().map(WorkPeriod::length).reduce(Duration.ZERO, Duration::plus);
        int age = SchoolAge.ageOn(plan.dateOfBirth(), day);
        Duration most = switch (type) {
            case SCHOOL_DAY -> limits.schoolDay();
            case SUNDAY -> limits.sunday();
            case SATURDAY, HOLIDAY_WEEKDAY -> age < limits.olderAge() ? limits.saturdayYounger() : limits.saturdayOlder();
        };
        if (total.compareTo(most) > 0) {
            breaches.add(new Breach("day-hours", day, on + " the child (aged " + age + ") would work " + Words.length(total)
                    + ": the most on " + type.inWords() + (type == DayType.SATURDAY || type == DayType.HOLIDAY_WEEKDAY
                            ? (age < limits.olderAge() ? " under " : " at ") + limits.olderAge() + (age < limits.olderAge() ? "" : " or over")
                            : "") + " is " + Words.length(most) + ".", BYELAWS));
        }
        if (type == DayType.SCHOOL_DAY) {
            Duration before = ofDay.stream().filter(p -> p.start().isBefore(limits.schoolStarts()))
                    .map(p -> Duration.between(p.start(), min(p.end(), limits.schoolStarts()))).reduce(Duration.ZERO, Duration::plus);
            if (before.compareTo(limits.beforeSchool()) > 0) {
                breaches.add(new Breach("before-school", day, on + " the child would work " + Words.length(before)
                        + " before school: the most is " + Words.length(limits.beforeSchool()) + ".", BYELAWS));
            }
        }
        LocalTime blockStart = null;
        LocalTime blockEnd = null;
        for (WorkPeriod p : ofDay) {
            if (blockEnd != null && Duration.between(blockEnd, p.start()).compareTo(limits.breakLength()) < 0) {
                blockEnd = max(blockEnd, p.end());
            } else {
                longBlock(on, day, blockStart, blockEnd, limits, breaches);
                blockStart = p.start();
                blockEnd = p.end();
            }
        }
        longBlock(on, day, blockStart, blockEnd, limits, breaches);
    }

    private static void longBlock(String on, LocalDate day, LocalTime start, LocalTime end, EmploymentLimits limits,
            List<Breach> breaches) {
        if (start != null && Duration.between(start, end).compareTo(limits.workBeforeBreak()) > 0) {
            breaches.add(new Breach("break", day, on + " the child would work from " + start + " to " + end + " without a break of "
                    + Words.length(limits.breakLength()) + ": a break of at least " + Words.length(limits.breakLength())
                    + " is due after " + Words.length(limits.workBeforeBreak()) + " of work.", BYELAWS));
        }
    }

    private static void weeks(Plan plan, Map<LocalDate, List<WorkPeriod>> byDay, Function<LocalDate, DayType> dayTypes,
            EmploymentLimits limits, List<Breach> breaches, List<String> notes) {
        if (byDay.isEmpty()) {
            return;
        }
        Map<LocalDate, Duration> weekTotals = new TreeMap<>();
        byDay.forEach((day, ofDay) -> weekTotals.merge(monday(day), ofDay.stream().map(WorkPeriod::length)
                .reduce(Duration.ZERO, Duration::plus), Duration::plus));
        weekTotals.forEach((monday, total) -> {
            boolean term = termWeek(monday, dayTypes);
            int age = SchoolAge.ageOn(plan.dateOfBirth(), monday);
            Duration most = term ? limits.termWeek() : age < limits.olderAge() ? limits.holidayWeekYounger() : limits.holidayWeekOlder();
            if (total.compareTo(most) > 0) {
                breaches.add(new Breach(term ? "term-week-hours" : "holiday-week-hours", monday, "In the week of " + Words.day(monday)
                        + " (" + (term ? "a term-time week" : "a week of school holidays") + ") the child would work " + Words.length(total)
                        + ": the most is " + Words.length(most) + (term ? "" : (age < limits.olderAge() ? " under " : " at ")
                                + limits.olderAge() + (age < limits.olderAge() ? "" : " or over")) + ".", BYELAWS));
            }
        });
        LocalDate first = byDay.keySet().iterator().next();
        LocalDate last = ((TreeMap<LocalDate, List<WorkPeriod>>) byDay).lastKey();
        if (first.plusYears(1).isAfter(last.plusDays(1))) {
            notes.add("Each year the child must have at least " + limits.freeHolidayWeeks()
                    + " weeks in a row without work in the school holidays.");
            return;
        }
        // each 12 months the plan covers whole, from its first day, needs its own run of work-free holiday weeks
        for (LocalDate from = first; !from.plusYears(1).isAfter(last.plusDays(1)); from = from.plusYears(1)) {
            LocalDate to = from.plusYears(1).minusDays(1);
            int run = 0;
            int longest = 0;
            for (LocalDate monday = monday(from).isBefore(from) ? monday(from).plusWeeks(1) : monday(from); !monday.plusDays(6).isAfter(to);
                    monday = monday.plusWeeks(1)) {
                boolean free = !termWeek(monday, dayTypes) && weekTotals.getOrDefault(monday, Duration.ZERO).isZero();
                run = free ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            if (longest < limits.freeHolidayWeeks()) {
                breaches.add(new Breach("free-holiday-weeks", from, "From " + Words.day(from) + " to " + Words.day(to)
                        + " the child would not have " + limits.freeHolidayWeeks()
                        + " weeks in a row of school holidays without work: each year they must.", BYELAWS));
            }
        }
    }

    /** A week with a school day in it is a term-time week. */
    private static boolean termWeek(LocalDate monday, Function<LocalDate, DayType> dayTypes) {
        for (int i = 0; i < 5; i++) {
            if (dayTypes.apply(monday.plusDays(i)) == DayType.SCHOOL_DAY) {
                return true;
            }
        }
        return false;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }
}
