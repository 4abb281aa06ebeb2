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

    public static final SettingDefinition REVIEW_WEEKS = SettingDefinition.number("attendance.enforcement.review-weeks", 4,
            "Weeks without contact after a Notice to Attend before the review", "RULES.md §4 (County 002 §3e4)");
    public static final SettingDefinition WARNING_WEEKS = SettingDefinition.number("attendance.enforcement.warning-weeks", 4,
            "Weeks after a Formal Warning Letter in which the family is contacted before a Court Action Letter",
            "RULES.md §4 (County 002 §3e4)");
    public static final SettingDefinition WARNING_CONTACTS = SettingDefinition.count("attendance.enforcement.warning-contacts", 3,
            "Contacts after a Formal Warning Letter (one planned visit, one unannounced, one by telephone)",
            "RULES.md §4 (County 002 §3e4)");
    public static final SettingDefinition COURT_ACTION_WEEKS = SettingDefinition.number("attendance.enforcement.court-action-weeks", 4,
            "Weeks after a Court Action Letter within which the family is contacted again before court",
            "RULES.md §4 (County 002 §3e4)");
    public static final SettingDefinition COURT_ACTION_CONTACTS = SettingDefinition.count(
            "attendance.enforcement.court-action-contacts", 1, "Contacts after a Court Action Letter before court",
            "RULES.md §4 (County 002 §3e4)");
    public static final SettingDefinition IMPROVE_MIN_WEEKS = SettingDefinition.number("attendance.notice-to-improve.min-weeks", 3,
            "Shortest improvement period a Notice to Improve gives", "RULES.md §4 (County toolkit)");
    public static final SettingDefinition IMPROVE_MAX_WEEKS = SettingDefinition.number("attendance.notice-to-improve.max-weeks", 6,
            "Longest improvement period a Notice to Improve gives", "RULES.md §4 (County toolkit)");
    public static final SettingDefinition BREACH_MONTHS = SettingDefinition.number("attendance.parenting-order.breach-months", 3,
            "Months within which a second unacceptable breach of a parenting order calls for a Breach Letter",
            "RULES.md §4 (County 002 §3h1)");
    public static final SettingDefinition ENFORCE_BELOW_PERCENT = SettingDefinition.number("attendance.enforcement.below-percent", 85,
            "Attendance (percent) at or below which not enforcing must be explained", "RULES.md §4 (County 002 §3e1)");
    public static final SettingDefinition REFERRAL_BELOW_PERCENT = SettingDefinition.number("attendance.referral.below-percent", 90,
            "Attendance (percent) below which, with unauthorised absence, a pupil is referred for case management",
            "RULES.md §4 (County 002 §1b4)");
    public static final SettingDefinition REFERRAL_WEEKS = SettingDefinition.number("attendance.referral.weeks", 6,
            "Weeks before the referral over which that attendance is measured", "RULES.md §4 (County 002 §1b4)");
    public static final SettingDefinition MISSING_TRACE_DAYS = SettingDefinition.number("attendance.missing.trace-days", 10,
            "School days absent with no known reason after which a child missing education is traced",
            "RULES.md §4 (000 §2.15)");
    public static final SettingDefinition MISSING_OFF_ROLL_DAYS = SettingDefinition.number("attendance.missing.off-roll-days", 20,
            "School days of continuous absence, untraced, after which the child may come off roll", "RULES.md §4 (000 §2.16)");
    /** Whether the nightly scan lists pupils to consider referring for case management (County 002 §1b4). */
    public enum CaseManagementReferrals {
        /** Pupils below the referral percentage with unauthorised absence are listed for the officer. */
        LISTED,
        /** The council works another way (the City's waves, 004). */
        NOT_USED
    }

    public static final SettingDefinition REFERRALS = SettingDefinition.choice("attendance.referral.case-management",
            CaseManagementReferrals.LISTED, "Whether the nightly scan lists pupils to refer for case management (LISTED or"
                    + " NOT_USED)", "RULES.md §4 (County 002 §1b4; the City works in waves, 004)");

    public static final SettingDefinition WAVE_ONE_FROM = SettingDefinition.number("attendance.waves.wave-1-from", 71,
            "Lowest attendance (percent) of Wave 1, universal support; up to the next setting", "RULES.md §4 (City 004)");
    public static final SettingDefinition WAVE_ONE_TO = SettingDefinition.number("attendance.waves.wave-1-to", 95,
            "Highest attendance (percent) of Wave 1; above it, no wave", "RULES.md §4 (City 004)");
    public static final SettingDefinition WAVES_TWO_THREE_FROM = SettingDefinition.number("attendance.waves.wave-2-3-from", 41,
            "Lowest attendance (percent) of Waves 2 and 3 (the Attendance Taskforce, Family Support Officers), up to Wave 1's;"
                    + " below it, the lowest band", "RULES.md §4 (City 004)");

    /** Whether the council runs the waves of attendance support with the local authority's cycles (City 004). */
    public enum Waves {
        /** Pupils are triaged into the Taskforce (Wave 2) or to Family Support Officers (Wave 3) for 6-week cycles. */
        USED,
        /** The council works another way (the County's case management, 002 §1b4). */
        NOT_USED
    }

    public static final SettingDefinition WAVES = SettingDefinition.choice("attendance.waves", Waves.NOT_USED,
            "Whether the council triages pupils into waves of support with 6-week cycles (USED or NOT_USED)",
            "RULES.md §4 (City 004)");
    public static final SettingDefinition WAVE_CYCLE_WEEKS = SettingDefinition.number("attendance.waves.cycle-weeks", 6,
            "Weeks of a cycle of support in Waves 2 and 3", "RULES.md §4 (City 004: 6-week cycles)");

    public static final SettingDefinition REGISTER_MAX_MEGABYTES = SettingDefinition.number("attendance.register-max-megabytes",
            64, "The largest register file taken at once, in megabytes (a day for every pupil of both councils is about 12)",
            "issue 15 (bad input: a 200 MB file is refused, nothing written)");

    public static final List<SettingDefinition> ALL = List.of(PERSISTENT_PERCENT, SEVERE_PERCENT, NOTICE_SESSIONS, NOTICE_WEEKS,
            NOTICE_AMOUNT, NOTICE_REDUCED, NOTICE_REDUCED_DAYS, NOTICE_PAYABLE_DAYS, NOTICE_REPEAT_YEARS, REVIEW_WEEKS, WARNING_WEEKS,
            WARNING_CONTACTS, COURT_ACTION_WEEKS, COURT_ACTION_CONTACTS, IMPROVE_MIN_WEEKS, IMPROVE_MAX_WEEKS, BREACH_MONTHS,
            ENFORCE_BELOW_PERCENT, REFERRAL_BELOW_PERCENT, REFERRAL_WEEKS, MISSING_TRACE_DAYS, MISSING_OFF_ROLL_DAYS, REFERRALS,
            REGISTER_MAX_MEGABYTES, WAVE_ONE_FROM, WAVE_ONE_TO, WAVES_TWO_THREE_FROM, WAVES, WAVE_CYCLE_WEEKS);

    private AttendanceSettings() {
    }

    /** The penalty-notice terms in force on a date, read through the council's settings ({@code number(setting, date)}). */
    public static PenaltyNoticeRule.Terms noticeTerms(BiFunction<SettingDefinition, LocalDate, Integer> number, LocalDate date) {
        return new PenaltyNoticeRule.Terms(number.apply(NOTICE_SESSIONS, date), number.apply(NOTICE_WEEKS, date),
                number.apply(NOTICE_AMOUNT, date), number.apply(NOTICE_REDUCED, date), number.apply(NOTICE_REDUCED_DAYS, date),
                number.apply(NOTICE_PAYABLE_DAYS, date), number.apply(NOTICE_REPEAT_YEARS, date));
    }

    /** The enforcement pathway's timescales in force on a date. */
    public static EnforcementPathway.Terms pathwayTerms(BiFunction<SettingDefinition, LocalDate, Integer> number, LocalDate date) {
        return new EnforcementPathway.Terms(number.apply(REVIEW_WEEKS, date), number.apply(WARNING_WEEKS, date),
                number.apply(WARNING_CONTACTS, date), number.apply(COURT_ACTION_WEEKS, date),
                number.apply(COURT_ACTION_CONTACTS, date), number.apply(IMPROVE_MIN_WEEKS, date),
                number.apply(IMPROVE_MAX_WEEKS, date));
    }
}
