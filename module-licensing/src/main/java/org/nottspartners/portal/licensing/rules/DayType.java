package org.nottspartners.portal.licensing.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;

/** The kinds of day the employment byelaws set hours for (RULES.md §5), from the council's term dates. */
public enum DayType {
    SCHOOL_DAY("a school day"),
    SATURDAY("a Saturday"),
    SUNDAY("a Sunday"),
    HOLIDAY_WEEKDAY("a weekday in the school holidays");

    private final String inWords;

    DayType(String inWords) {
        this.inWords = inWords;
    }

    public String inWords() {
        return inWords;
    }

    /**
     * The day's type in a council's calendar: a school day when pupils attend; otherwise by the day of the week (a bank
     * holiday or a school's closure day on a weekday counts as a holiday weekday).
     *
     * @throws IllegalStateException when the council's term dates do not reach the day
     */
    public static DayType of(LocalDate day, WorkingDayCalendar calendar) {
        if (calendar.isSchoolDay(day)) {
            return SCHOOL_DAY;
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? SUNDAY : day.getDayOfWeek() == DayOfWeek.SATURDAY ? SATURDAY : HOLIDAY_WEEKDAY;
    }
}
