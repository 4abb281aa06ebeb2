package org.nottspartners.portal.attendance.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.nottspartners.portal.core.settings.SettingDefinition;

/**
 * The council settings attendance reads, each with its default (the national framework from 19 August 2024), meaning
 * and source (RULES.md §4). A council changes one from a date; the rules are given the values in force.
 */
public final class AttendanceSettings {

    public static final SettingDefinition PERSISTENT_PERCENT = SettingDefinition.number("attendance.persistent-absence-percent", 10,
            "Percentage of possible sessions missed, authorised or not, from which a pupil is persistently absent",
            "RULES.md §4 (national, 2024)");
    public static final SettingDefinition SEVERE_PERCENT = SettingDefinition.number("attendance.severe-absence-percent", 50,
            "Percentage of possible sessions missed from which a pupil is severely absent", "RULES.md §4 (national, 2024)");
    public static final SettingDefinition NOTICE_SESSIONS = SettingDefinition.number("attendance.penalty-notice-sessions", 10,
            "Sessions of unauthorised absence (G, N, O, U) that make a parent eligible for a penalty notice",
            "RULES.md §4 (national framework)");
    public static final SettingDefinition NOTICE_WEEKS = SettingDefinition.number("attendance.penalty-notice-school-weeks", 10,
            "The rolling period, in school weeks from the council's term dates, the sessions must fall within",
            "RULES.md §4 (national framework)");
    public static final SettingDefinition NOTICE_AMOUNT = SettingDefinition.number("attendance.penalty-notice-pounds", 160,
            "A penalty notice's amount in pounds", "RULES.md §4 (national framework)");
    public static final SettingDefinition NOTICE_REDUCED = SettingDefinition.number("attendance.penalty-notice-reduced-pounds", 80,
            "A first notice's amount in pounds if paid within the reduction period", "RULES.md §4 (national framework)");
    public static final SettingDefinition NOTICE_REDUCED_DAYS = SettingDefinition.number("attendance.penalty-notice-reduced-days", 21,
            "Days within which a first notice is paid at the reduced amount", "RULES.md §4 (national framework)");
    public static final SettingDefinition NOTICE_PAYABLE_DAYS = SettingDefinition.number("attendance.penalty-notice-payable-days", 28,
            "Days within which a notice must be paid before the council decides whether to prosecute",
            "RULES.md §4 (national framework)");
    public static final SettingDefinition NOTICE_REPEAT_YEARS = SettingDefinition.number("attendance.penalty-notice-repeat-years", 3,
            "Years within which a second notice to the same parent for the same child has no reduction, and a third is not"
                    + " issued", "RULES.md §4 (national framework)");

    public static final List<SettingDefinition> ALL = List.of(PERSISTENT_PERCENT, SEVERE_PERCENT, NOTICE_SESSIONS, NOTICE_WEEKS,
            NOTICE_AMOUNT, NOTICE_REDUCED, NOTICE_REDUCED_DAYS, NOTICE_PAYABLE_DAYS, NOTICE_REPEAT_YEARS);

    private AttendanceSettings() {
    }

    /** The penalty-notice terms in force on a date, read through the council's settings ({@code number(setting, date)}). */
    public static PenaltyNoticeRule.Terms noticeTerms(BiFunction<SettingDefinition, LocalDate, Integer> number, LocalDate date) {
        return new PenaltyNoticeRule.Terms(number.apply(NOTICE_SESSIONS, date), number.apply(NOTICE_WEEKS, date),
                number.apply(NOTICE_AMOUNT, date), number.apply(NOTICE_REDUCED, date), number.apply(NOTICE_REDUCED_DAYS, date),
                number.apply(NOTICE_PAYABLE_DAYS, date), number.apply(NOTICE_REPEAT_YEARS, date));
    }
}
