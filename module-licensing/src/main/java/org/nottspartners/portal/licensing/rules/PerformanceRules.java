package org.nottspartners.portal.licensing.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether a child's days at a performance's venue keep the 2014 Regulations (RULES.md §5, national): the earliest
 * arrival, latest leaving and longest day by age (0-4: 07:00 to 22:00, 5 hours; 5-8: 07:00 to 23:00, 8 hours; 9 to
 * school-leaving age: 07:00 to 23:00, 9.5 hours); at least 12 hours between leaving and the next arrival, 16 after night
 * work; at most 6 consecutive days; at most 12 children to a chaperone, 3 if the chaperone is also their tutor. And
 * whether a licence is needed at all: not under a body of persons approval, a performance the school arranges, or the
 * four-day rule (no more than 4 days' performance in 6 months, this one's included, unpaid and missing no school).
 */
public final class PerformanceRules {

    private static final String REGULATIONS = "The Children (Performances and Activities) (England) Regulations 2014 (RULES.md §5)";

    /** What the producer plans for one child. */
    public record Plan(LocalDate dateOfBirth, List<WorkPeriod> days, Optional<Integer> childrenWithChaperone,
            boolean chaperoneIsTutor) {

        public Plan {
            days = days.stream().sorted().toList();
        }
    }

    /** What bears on whether a licence is needed. */
    public record Exemptions(boolean bodyOfPersonsApproval, boolean arrangedBySchool, int daysPerformedInPeriod, boolean paid,
            boolean missesSchool) {

        public static final Exemptions NONE = new Exemptions(false, false, Integer.MAX_VALUE, true, true);
    }

    private PerformanceRules() {
    }

    public static RuleCheck check(Plan plan, Exemptions exemptions, PerformanceLimits limits) {
        List<Breach> breaches = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LocalDate lastDay = SchoolAge.lastDay(plan.dateOfBirth());
        Map<LocalDate, Duration> perDay = new TreeMap<>();
        for (WorkPeriod period : plan.days()) {
            perDay.merge(period.day(), period.length(), Duration::plus);
        }
        for (WorkPeriod period : plan.days()) {
            if (!SchoolAge.ofSchoolAge(plan.dateOfBirth(), period.day())) {
                breaches.add(new Breach("not-school-age", period.day(), Words.day(period.day()) + (period.day().isBefore(plan.dateOfBirth())
                        ? " is before the child's date of birth." : " is after the child's compulsory school age ended on "
                        + Words.day(lastDay) + ": no licence is given for that day."), REGULATIONS));
                continue;
            }
            int age = SchoolAge.ageOn(plan.dateOfBirth(), period.day());
            PerformanceLimits.AgeBand band = limits.bandFor(age);
            if (period.start().isBefore(band.earliest())) {
                breaches.add(new Breach("earliest-arrival", period.day(), "On " + Words.day(period.day()) + " the child (aged " + age
                        + ") would arrive at " + period.start() + ": a child " + band.inWords() + " may not be at the venue before "
                        + band.earliest() + ".", REGULATIONS));
            }
            if (period.end().isAfter(band.latest())) {
                breaches.add(new Breach("latest-leaving", period.day(), "On " + Words.day(period.day()) + " the child (aged " + age
                        + ") would leave at " + period.end() + ": a child " + band.inWords() + " may not be at the venue after "
                        + band.latest() + ".", REGULATIONS));
            }
        }
        perDay.forEach((day, total) -> {
            if (!SchoolAge.ofSchoolAge(plan.dateOfBirth(), day)) {
                return;
            }
            int age = SchoolAge.ageOn(plan.dateOfBirth(), day);
            PerformanceLimits.AgeBand band = limits.bandFor(age);
            if (total.compareTo(band.longest()) > 0) {
                breaches.add(new Breach("longest-day", day, "On " + Words.day(day) + " the child (aged " + age + ") would be at the venue for "
                        + Words.length(total) + ": a child " + band.inWords() + " may be there for at most " + Words.length(band.longest())
                        + " a day.", REGULATIONS));
            }
        });
        overnightBreaks(plan, limits, breaches);
        consecutiveDays(perDay.keySet().stream().toList(), limits, breaches);
        plan.childrenWithChaperone().ifPresent(children -> {
            int most = plan.chaperoneIsTutor() ? limits.childrenPerTutorChaperone() : limits.childrenPerChaperone();
            if (children > most) {
                breaches.add(new Breach("chaperone-ratio", null, "The chaperone would look after " + children + " children: a chaperone "
                        + (plan.chaperoneIsTutor() ? "who is also the children's tutor " : "") + "may look after at most " + most + ".",
                        REGULATIONS));
            }
        });
        exemption(perDay.size(), exemptions, limits).ifPresent(notes::add);
        notes.add("A licence runs at the latest to " + Words.day(lastDay) + ", the end of the child's compulsory school age.");
        return RuleCheck.of(breaches, notes);
    }

    /** Why no licence is needed, if none is. */
    static Optional<String> exemption(int days, Exemptions exemptions, PerformanceLimits limits) {
        if (exemptions.bodyOfPersonsApproval()) {
            return Optional.of("No licence is needed: the performance is under a body of persons approval.");
        }
        if (exemptions.arrangedBySchool()) {
            return Optional.of("No licence is needed: the school arranges the performance.");
        }
        long all = (long) exemptions.daysPerformedInPeriod() + days;
        if (!exemptions.paid() && !exemptions.missesSchool() && all <= limits.fourDayRuleDays()) {
            return Optional.of("No licence is needed under the four-day rule: " + all + " days' performance in "
                    + limits.fourDayRuleMonths() + " months, unpaid, missing no school.");
        }
        return Optional.empty();
    }

    /**
     * The break between one stay at the venue and the next on a later day. A stay that goes past midnight is entered as
     * two periods (to 23:59 and from 00:00): they are one stay, and it is night work.
     */
    private static void overnightBreaks(Plan plan, PerformanceLimits limits, List<Breach> breaches) {
        record Stay(java.time.LocalDateTime from, java.time.LocalDateTime to, boolean pastMidnight) {
        }
        List<Stay> stays = new ArrayList<>();
        for (WorkPeriod p : plan.days()) {
            Stay last = stays.isEmpty() ? null : stays.get(stays.size() - 1);
            boolean continues = last != null && last.to().toLocalTime().equals(java.time.LocalTime.of(23, 59))
                    && p.start().equals(java.time.LocalTime.MIDNIGHT) && last.to().toLocalDate().plusDays(1).equals(p.day());
            if (continues) {
                stays.set(stays.size() - 1, new Stay(last.from(), p.ends(), true));
            } else {
                stays.add(new Stay(p.starts(), p.ends(), false));
            }
        }
        for (int i = 1; i < stays.size(); i++) {
            Stay before = stays.get(i - 1);
            Stay after = stays.get(i);
            if (before.from().toLocalDate().equals(after.from().toLocalDate())) {
                continue; // two calls on one day: their break is no overnight break
            }
            boolean night = before.pastMidnight() || before.to().toLocalTime().isAfter(limits.nightWorkAfter());
            Duration least = night ? limits.nightWorkBreak() : limits.overnightBreak();
            Duration gap = Duration.between(before.to(), after.from());
            if (gap.compareTo(least) < 0) {
                LocalDate afterDay = after.from().toLocalDate();
                breaches.add(new Breach("overnight-break", afterDay, "The child would leave the venue at " + before.to().toLocalTime()
                        + " on " + Words.day(before.to().toLocalDate()) + " and be back at " + after.from().toLocalTime() + " on "
                        + Words.day(afterDay) + ", " + Words.length(gap) + " later: the break must be at least " + Words.length(least)
                        + (night ? " after leaving later than " + limits.nightWorkAfter() : "") + ".", REGULATIONS));
            }
        }
    }

    private static void consecutiveDays(List<LocalDate> days, PerformanceLimits limits, List<Breach> breaches) {
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            if (run == limits.maxConsecutiveDays() + 1) {
                breaches.add(new Breach("consecutive-days", day, Words.day(day) + " would make " + run
                        + " days in a row: a child may perform or rehearse on at most " + limits.maxConsecutiveDays()
                        + " consecutive days.", REGULATIONS));
            }
            previous = day;
        }
    }
}
