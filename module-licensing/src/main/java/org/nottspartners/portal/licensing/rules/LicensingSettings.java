package org.nottspartners.portal.licensing.rules;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.nottspartners.portal.core.settings.SettingDefinition;

/**
 * The council settings licensing reads, each with its default from RULES.md §5 (the 2014 Regulations, CYPA 1933, the
 * 1998 Regulations and the byelaws) and its meaning. A council changes one from a date; the rules get the values in
 * force on the day checked.
 */
public final class LicensingSettings {

    private static final String PERFORMANCE = "RULES.md §5 (2014 Regulations)";
    private static final String EMPLOYMENT = "RULES.md §5 (CYPA 1933, 1998 Regulations, byelaws)";
    private static final String COUNTY = "RULES.md §5 (County 002 §2a12, §14)";

    /** The earliest arrival, latest leaving and longest day of one performance age band. */
    public record Band(int fromAge, int toAge, SettingDefinition earliest, SettingDefinition latest, SettingDefinition longestMinutes) {
    }

    public static final List<Band> BANDS = List.of(band(0, 4, 22, 300), band(5, 8, 23, 480), band(9, Integer.MAX_VALUE, 23, 570));

    public static final SettingDefinition OVERNIGHT_BREAK = SettingDefinition.number("licensing.performance.overnight-break-hours", 12,
            "Hours between a child leaving the venue and arriving again", PERFORMANCE);
    public static final SettingDefinition NIGHT_WORK_BREAK = SettingDefinition.number("licensing.performance.night-work-break-hours", 16,
            "Hours between leaving after night work and arriving again", PERFORMANCE);
    public static final SettingDefinition NIGHT_WORK_AFTER = SettingDefinition.timeOfDay("licensing.performance.night-work-after",
            LocalTime.of(23, 0), "Leaving the venue after this time is night work", PERFORMANCE);
    public static final SettingDefinition CONSECUTIVE_DAYS = SettingDefinition.number("licensing.performance.max-consecutive-days", 6,
            "The most days in a row a child may perform or rehearse", PERFORMANCE);
    public static final SettingDefinition CHAPERONE_CHILDREN = SettingDefinition.number("licensing.performance.children-per-chaperone", 12,
            "The most children one chaperone may look after", PERFORMANCE);
    public static final SettingDefinition TUTOR_CHAPERONE_CHILDREN = SettingDefinition.number(
            "licensing.performance.children-per-tutor-chaperone", 3, "The most children a chaperone who is also their tutor may look after",
            PERFORMANCE);
    public static final SettingDefinition FOUR_DAY_RULE_DAYS = SettingDefinition.number("licensing.performance.four-day-rule-days", 4,
            "The four-day rule: the most days' unpaid performance missing no school without a licence", PERFORMANCE);
    public static final SettingDefinition FOUR_DAY_RULE_MONTHS = SettingDefinition.number("licensing.performance.four-day-rule-months", 6,
            "The four-day rule's period in months", PERFORMANCE);
    public static final SettingDefinition LEAD_DAYS = SettingDefinition.number("licensing.performance.application-lead-days", 21,
            "Days before the first performance by which the producer must apply", COUNTY);
    public static final SettingDefinition PERMIT_APPLY_DAYS = SettingDefinition.number("licensing.employment.apply-within-days", 7,
            "Days after the child starts within which the employer must apply", EMPLOYMENT);

    public static final SettingDefinition UPLOAD_MEGABYTES = SettingDefinition.number("licensing.upload-max-megabytes", 10,
            "The largest document an applicant may send (a scan or a photograph), in megabytes", "Issue 16");

    public static final SettingDefinition MINIMUM_AGE = SettingDefinition.number("licensing.employment.minimum-age", 14,
            "The youngest age for any job", EMPLOYMENT);
    public static final SettingDefinition LIGHT_WORK_AGE = SettingDefinition.number("licensing.employment.light-work-age", 13,
            "The youngest age for the light work the council's byelaws list", EMPLOYMENT);
    public static final SettingDefinition LIGHT_WORK = SettingDefinition.choices("licensing.employment.light-work", LightWork.class,
            EnumSet.allOf(LightWork.class), "The jobs the council's byelaws list as light work for younger children", EMPLOYMENT);
    public static final SettingDefinition EARLIEST = SettingDefinition.timeOfDay("licensing.employment.earliest", LocalTime.of(7, 0),
            "No child works before this time", EMPLOYMENT);
    public static final SettingDefinition LATEST = SettingDefinition.timeOfDay("licensing.employment.latest", LocalTime.of(19, 0),
            "No child works after this time", EMPLOYMENT);
    public static final SettingDefinition SCHOOL_STARTS = SettingDefinition.timeOfDay("licensing.employment.school-starts",
            LocalTime.of(8, 45), "When the school day usually starts (no work in school hours)", EMPLOYMENT);
    public static final SettingDefinition SCHOOL_ENDS = SettingDefinition.timeOfDay("licensing.employment.school-ends",
            LocalTime.of(15, 15), "When the school day usually ends", EMPLOYMENT);
    public static final SettingDefinition SCHOOL_DAY = minutes("licensing.employment.school-day-minutes", 120,
            "The most minutes of work on a school day");
    public static final SettingDefinition BEFORE_SCHOOL = minutes("licensing.employment.before-school-minutes", 60,
            "The most minutes of it before school");
    public static final SettingDefinition SATURDAY_YOUNGER = minutes("licensing.employment.saturday-minutes-younger", 300,
            "The most minutes on a Saturday or a holiday weekday for a child under the older age");
    public static final SettingDefinition SATURDAY_OLDER = minutes("licensing.employment.saturday-minutes-older", 480,
            "The same from the older age");
    public static final SettingDefinition SUNDAY = minutes("licensing.employment.sunday-minutes", 120, "The most minutes on a Sunday");
    public static final SettingDefinition TERM_WEEK = SettingDefinition.number("licensing.employment.term-week-hours", 12,
            "The most hours in a week with a school day in it", EMPLOYMENT);
    public static final SettingDefinition HOLIDAY_WEEK_YOUNGER = SettingDefinition.number("licensing.employment.holiday-week-hours-younger",
            25, "The most hours in a week of school holidays under the older age", EMPLOYMENT);
    public static final SettingDefinition HOLIDAY_WEEK_OLDER = SettingDefinition.number("licensing.employment.holiday-week-hours-older", 35,
            "The same from the older age", EMPLOYMENT);
    public static final SettingDefinition OLDER_AGE = SettingDefinition.number("licensing.employment.older-age", 15,
            "The age from which the longer Saturday, holiday weekday and holiday week hours apply", EMPLOYMENT);
    public static final SettingDefinition WORK_BEFORE_BREAK = minutes("licensing.employment.work-before-break-minutes", 240,
            "The longest stretch of work without a break, in minutes");
    public static final SettingDefinition BREAK = minutes("licensing.employment.break-minutes", 60, "The break due after it, in minutes");
    public static final SettingDefinition FREE_HOLIDAY_WEEKS = SettingDefinition.number("licensing.employment.free-holiday-weeks", 2,
            "Weeks in a row of school holidays without work each year", EMPLOYMENT);

    public static final List<SettingDefinition> ALL;

    static {
        List<SettingDefinition> all = new ArrayList<>();
        for (Band band : BANDS) {
            all.addAll(List.of(band.earliest(), band.latest(), band.longestMinutes()));
        }
        all.addAll(List.of(OVERNIGHT_BREAK, NIGHT_WORK_BREAK, NIGHT_WORK_AFTER, CONSECUTIVE_DAYS, CHAPERONE_CHILDREN,
                TUTOR_CHAPERONE_CHILDREN, FOUR_DAY_RULE_DAYS, FOUR_DAY_RULE_MONTHS, LEAD_DAYS, PERMIT_APPLY_DAYS,
                UPLOAD_MEGABYTES,
                MINIMUM_AGE, LIGHT_WORK_AGE, LIGHT_WORK, EARLIEST, LATEST, SCHOOL_STARTS, SCHOOL_ENDS, SCHOOL_DAY, BEFORE_SCHOOL,
                SATURDAY_YOUNGER, SATURDAY_OLDER, SUNDAY, TERM_WEEK, HOLIDAY_WEEK_YOUNGER, HOLIDAY_WEEK_OLDER, OLDER_AGE,
                WORK_BEFORE_BREAK, BREAK, FREE_HOLIDAY_WEEKS));
        ALL = List.copyOf(all);
    }

    private LicensingSettings() {
    }

    private static Band band(int from, int to, int latestHour, int longest) {
        String ages = to == Integer.MAX_VALUE ? from + "-plus" : from + "-" + to;
        String inWords = to == Integer.MAX_VALUE ? "aged " + from + " to school-leaving age" : "aged " + from + " to " + to;
        return new Band(from, to,
                SettingDefinition.timeOfDay("licensing.performance.earliest-age-" + ages, LocalTime.of(7, 0),
                        "The earliest a child " + inWords + " may arrive at the venue", PERFORMANCE),
                SettingDefinition.timeOfDay("licensing.performance.latest-age-" + ages, LocalTime.of(latestHour, 0),
                        "The latest a child " + inWords + " may leave the venue", PERFORMANCE),
                SettingDefinition.number("licensing.performance.longest-minutes-age-" + ages, longest,
                        "The most minutes a child " + inWords + " may be at the venue in a day", PERFORMANCE));
    }

    private static SettingDefinition minutes(String key, int fallback, String meaning) {
        return SettingDefinition.number(key, fallback, meaning, EMPLOYMENT);
    }
}
