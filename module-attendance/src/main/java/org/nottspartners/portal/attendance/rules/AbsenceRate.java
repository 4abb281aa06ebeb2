package org.nottspartners.portal.attendance.rules;

/**
 * A pupil's attendance over a period from counts of sessions (RULES.md §4): possible sessions only (codes not counted as
 * possible are left out by whoever counts), absences authorised or not. Persistent absence is missing 10% or more of
 * possible sessions, severe absence 50% or more; both percentages are council settings.
 *
 * @param possible     sessions the pupil could have attended
 * @param absent       of those, sessions missed, authorised or not
 * @param unauthorised of those, sessions of unauthorised absence (G, N, O, U)
 */
public record AbsenceRate(int possible, int absent, int unauthorised) {

    public AbsenceRate {
        if (possible < 0 || absent < 0 || unauthorised < 0 || absent > possible || unauthorised > absent) {
            throw new IllegalArgumentException("Session counts do not add up: " + possible + " possible, " + absent
                    + " absent, " + unauthorised + " unauthorised");
        }
    }

    /** Attendance as a percentage of possible sessions, to one decimal place; 100 when none were possible. */
    public double attendancePercent() {
        return possible == 0 ? 100.0 : Math.round((possible - absent) * 1000.0 / possible) / 10.0;
    }

    /** Missing {@code percent}% or more of possible sessions (exactly, in whole sessions: no rounding at the edge). */
    public boolean persistent(int percent) {
        return possible > 0 && absent * 100L >= (long) percent * possible;
    }

    /** Missing {@code percent}% or more of possible sessions: severe absence at the council's percentage. */
    public boolean severe(int percent) {
        return persistent(percent);
    }
}
