package org.nottspartners.portal.licensing.checks;

import java.util.List;

/**
 * A plan to check, as it arrives from a form or the API: every value as text so that each wrong one is named in the
 * user's words. {@code kind} is PERFORMANCE or EMPLOYMENT; a day is a date and the times at the venue or at work.
 */
public class RuleCheckForm {
    public String kind;
    public String dateOfBirth;
    /** A listed light-work job (employment), such as DELIVERING_PAPERS; none for other jobs. */
    public String job;
    public List<Day> days;
    /** Performance: how many children the chaperone looks after, and whether the chaperone is also their tutor. */
    public Integer childrenWithChaperone;
    public Boolean chaperoneIsTutor;
    /** Performance exemptions. */
    public Boolean bodyOfPersonsApproval;
    public Boolean arrangedBySchool;
    public Integer daysPerformedInPeriod;
    public Boolean paid;
    public Boolean missesSchool;

    /** One day: a date, and the times from and to (24-hour, 09:30). */
    public static class Day {
        public String date;
        public String start;
        public String end;

        public Day() {
        }

        public Day(String date, String start, String end) {
            this.date = date;
            this.start = start;
            this.end = end;
        }
    }
}
