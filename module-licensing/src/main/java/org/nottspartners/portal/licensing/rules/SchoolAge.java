package org.nottspartners.portal.licensing.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;

/**
 * A child's age and the end of compulsory school age (RULES.md §5, national): school age ends on the last Friday in
 * June of the school year (1 September to 31 August) in which the child turns 16, not on the birthday; licences and
 * permits run to that date and are not needed after it.
 */
public final class SchoolAge {

    private SchoolAge() {
    }

    /** Whole years of age on a day. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The last day of compulsory school age: the last Friday in June of the school year the child turns 16 in. */
    public static LocalDate lastDay(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int summer = sixteenth.getMonthValue() >= 9 ? sixteenth.getYear() + 1 : sixteenth.getYear();
        return LocalDate.of(summer, 6, 30).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
    }

    /** Whether the child is of compulsory school age on a day (born, and not yet past its last day). */
    public static boolean ofSchoolAge(LocalDate dateOfBirth, LocalDate day) {
        return !day.isBefore(dateOfBirth) && !day.isAfter(lastDay(dateOfBirth));
    }
}
