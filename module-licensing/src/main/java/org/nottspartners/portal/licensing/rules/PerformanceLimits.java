package org.nottspartners.portal.licensing.rules;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/**
 * The numbers a performance is checked against (the council's settings in force; {@link #NATIONAL} the 2014
 * Regulations' as RULES.md §5 gives them).
 *
 * @param bands                   the hours by age, youngest first
 * @param overnightBreak          the least time between leaving the venue and arriving the next time
 * @param nightWorkBreak          the least such time after night work
 * @param nightWorkAfter          leaving the venue after this time is night work
 * @param maxConsecutiveDays      the most days in a row a child may perform or rehearse
 * @param childrenPerChaperone    the most children one chaperone may look after
 * @param childrenPerTutorChaperone the most if the chaperone is also the children's tutor
 * @param fourDayRuleDays         the four-day rule: the most days a child may perform in the period without a licence
 * @param fourDayRuleMonths       the four-day rule's period in months
 */
public record PerformanceLimits(List<AgeBand> bands, Duration overnightBreak, Duration nightWorkBreak, LocalTime nightWorkAfter,
        int maxConsecutiveDays, int childrenPerChaperone, int childrenPerTutorChaperone, int fourDayRuleDays,
        int fourDayRuleMonths) {

    /**
     * The hours of one age band.
     *
     * @param fromAge  the youngest age in the band, in whole years
     * @param toAge    the oldest ({@code Integer.MAX_VALUE}: to the end of compulsory school age)
     * @param earliest the earliest the child may arrive
     * @param latest   the latest the child may leave
     * @param longest  the most time at the venue in a day
     */
    public record AgeBand(int fromAge, int toAge, LocalTime earliest, LocalTime latest, Duration longest) {

        String inWords() {
            return toAge == Integer.MAX_VALUE ? "aged " + fromAge + " or over" : "aged " + fromAge + " to " + toAge;
        }
    }

    public PerformanceLimits {
        bands = List.copyOf(bands);
    }

    /** The 2014 Regulations (RULES.md §5, national). */
    public static final PerformanceLimits NATIONAL = new PerformanceLimits(List.of(
            new AgeBand(0, 4, LocalTime.of(7, 0), LocalTime.of(22, 0), Duration.ofHours(5)),
            new AgeBand(5, 8, LocalTime.of(7, 0), LocalTime.of(23, 0), Duration.ofHours(8)),
            new AgeBand(9, Integer.MAX_VALUE, LocalTime.of(7, 0), LocalTime.of(23, 0), Duration.ofMinutes(570))),
            Duration.ofHours(12), Duration.ofHours(16), LocalTime.of(23, 0), 6, 12, 3, 4, 6);

    /** The band for an age (the oldest band for any age above the rest). */
    public AgeBand bandFor(int age) {
        return bands.stream().filter(b -> age >= b.fromAge() && age <= b.toAge()).findFirst().orElse(bands.get(bands.size() - 1));
    }
}
