package org.nottspartners.portal.licensing.rules;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

/**
 * The numbers a child's job is checked against (the council's byelaws as settings; {@link #NATIONAL} those RULES.md §5
 * gives).
 *
 * @param minimumAge          the youngest age for any job
 * @param lightWorkAge        the youngest age for the light work the council lists
 * @param lightWork           the jobs the council lists as light work
 * @param earliest            no work before this time
 * @param latest              no work after this time
 * @param schoolStarts        the school day's usual start (no work in school hours)
 * @param schoolEnds          the school day's usual end
 * @param schoolDay           the most work on a school day
 * @param beforeSchool        the most of it before school
 * @param saturdayYounger     the most on a Saturday or a holiday weekday, under {@code olderAge}
 * @param saturdayOlder       the same at {@code olderAge} or over
 * @param sunday              the most on a Sunday
 * @param termWeek            the most in a week with a school day
 * @param holidayWeekYounger  the most in a week of school holidays, under {@code olderAge}
 * @param holidayWeekOlder    the same at {@code olderAge} or over
 * @param olderAge            the age from which the longer hours apply
 * @param workBeforeBreak     the longest stretch of work without a break
 * @param breakLength         the break due after it
 * @param freeHolidayWeeks    consecutive weeks of school holidays without work each year
 */
public record EmploymentLimits(int minimumAge, int lightWorkAge, Set<LightWork> lightWork, LocalTime earliest, LocalTime latest,
        LocalTime schoolStarts, LocalTime schoolEnds, Duration schoolDay, Duration beforeSchool, Duration saturdayYounger,
        Duration saturdayOlder, Duration sunday, Duration termWeek, Duration holidayWeekYounger, Duration holidayWeekOlder,
        int olderAge, Duration workBeforeBreak, Duration breakLength, int freeHolidayWeeks) {

    public EmploymentLimits {
        lightWork = Set.copyOf(lightWork);
    }

    /** RULES.md §5 (CYPA 1933, the 1998 Regulations and the byelaws), with a school day of 08:45 to 15:15. */
    public static final EmploymentLimits NATIONAL = new EmploymentLimits(14, 13, Set.of(LightWork.values()), LocalTime.of(7, 0),
            LocalTime.of(19, 0), LocalTime.of(8, 45), LocalTime.of(15, 15), Duration.ofHours(2), Duration.ofHours(1),
            Duration.ofHours(5), Duration.ofHours(8), Duration.ofHours(2), Duration.ofHours(12), Duration.ofHours(25),
            Duration.ofHours(35), 15, Duration.ofHours(4), Duration.ofHours(1), 2);
}
