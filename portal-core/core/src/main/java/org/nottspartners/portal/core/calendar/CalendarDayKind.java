package org.nottspartners.portal.core.calendar;

/** What a council says about one day of its calendar (RULES.md §2, "Working days"). */
public enum CalendarDayKind {
    /** The council's offices are closed (for example between Christmas and New Year): not a working day. */
    COUNCIL_CLOSURE("Council closure day"),
    /** A bank holiday not in the shipped list (a one-off, such as a coronation): not a working day. */
    BANK_HOLIDAY_ADDED("Extra bank holiday"),
    /** A shipped bank holiday the government moved away: a working day after all. */
    BANK_HOLIDAY_REMOVED("Bank holiday cancelled"),
    /** A day in term when schools are closed to pupils (INSET day): no school sessions. */
    SCHOOL_CLOSURE("School closure (INSET) day");

    private final String label;

    CalendarDayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
