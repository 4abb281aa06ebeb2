package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;
import org.nottspartners.portal.core.calendar.DueRule;
import org.nottspartners.portal.core.calendar.QualityStandard;

/**
 * The early help quality standards the core times (RULES.md §3 "Quality standards", §8; seed 002). The
 * numbers are defaults: a council changes one from a date with the setting {@code standard.<id>}. The
 * City's seeds give no early help timescales (001, 004), so the County's are the default for both until
 * the City sets its own.
 */
public final class EarlyHelpStandards {

    public static final String DECISION = "eh-decision";
    public static final String DECISION_URGENT = "eh-decision-urgent";
    public static final String SCREENING = "eh-screening";
    public static final String SCREENING_URGENT = "eh-screening-urgent";
    public static final String WAITING_REVIEW = "eh-waiting-review";
    public static final String FIRST_CONTACT = "eh-first-contact";
    public static final String CONTACT = "eh-contact";
    public static final String ASSESSMENT = "eh-assessment";
    public static final String PLAN = "eh-plan";
    public static final String FIRST_TAF = "eh-first-taf";
    public static final String TAF_REVIEW = "eh-taf-review";
    public static final String FINAL_LETTER = "eh-final-letter";
    public static final String CONTACT_MONTHLY = "eh-contact-monthly";
    public static final String CONTACT_SIX_WEEKLY = "eh-contact-six-weekly";
    public static final String MONITORING_CALL = "eh-monitoring-call";
    public static final String FIRST_HOME_VISIT = "eh-first-home-visit";
    public static final String RETURN_INTERVIEW = "eh-return-interview";
    public static final String DISPUTE = "eh-dispute";
    public static final String INTERVENTION_PLANNING = "eh-in-planning";
    public static final String INTERVENTION_PLAN = "eh-in-plan";
    public static final String INTERVENTION_FIRST_SESSION = "eh-in-first-session";
    public static final String INTERVENTION_REVIEW = "eh-in-review";
    public static final String INTENSIVE_REVIEW = "eh-in-review-intensive";
    public static final String INTERVENTION_OPEN_12_WEEKS = "eh-in-open-12-weeks";

    public static final List<QualityStandard> ALL = List.of(
            new QualityStandard(DECISION, "Front door decision on a referral", "Referral received by the front door",
                    new DueRule.CalendarWeeks(2), "Passed to a team, declined or redirected", "Early Help Unit / MASH",
                    "002 §2a15"),
            new QualityStandard(DECISION_URGENT, "Front door decision on an urgent referral", "Urgent referral received",
                    new DueRule.WorkingDays(1), "Passed to a team, declined or redirected", "Early Help Unit / MASH",
                    "002 §2a15 ('1 day', read as 1 working day)"),
            new QualityStandard(SCREENING, "Screening of a referral and feedback to the referrer",
                    "Referral passed to the team", new DueRule.WorkingDays(5), "Allocated or placed on the waiting list",
                    "Team Manager", "002 §3a2, §3a9"),
            new QualityStandard(SCREENING_URGENT, "Screening of an urgent referral", "Urgent referral passed to the team",
                    new DueRule.ClockHours(24), "Allocated or placed on the waiting list", "Team Manager", "002 §3a2"),
            new QualityStandard(WAITING_REVIEW, "Group manager's review of a case waiting over 10 weeks",
                    "Placed on the waiting list", new DueRule.CalendarWeeks(10), "Allocated or closed", "Group Manager",
                    "002 §3a3"),
            new QualityStandard(FIRST_CONTACT, "Initial contact with the family", "Case allocated",
                    new DueRule.WorkingDays(5), "Contact recorded", "Lead professional", "002 §3b6"),
            new QualityStandard(CONTACT, "Contact with the family at least fortnightly", "Contact recorded",
                    new DueRule.CalendarWeeks(2), "Next contact recorded", "Lead professional",
                    "002 §3c5 (fortnightly until the first TAF; a council may change it)"),
            new QualityStandard(ASSESSMENT, "Early help assessment completed", "Case allocated", new DueRule.WorkingDays(30),
                    "Assessment recorded", "Lead professional", "002 §3b2, §3b6"),
            new QualityStandard(PLAN, "Family Action Plan agreed", "Case allocated", new DueRule.CalendarWeeks(8),
                    "Plan agreed with the family", "Lead professional", "002 §3b4"),
            new QualityStandard(FIRST_TAF, "First Team Around the Family meeting", "Case allocated",
                    new DueRule.WorkingDays(35), "First TAF meeting held", "Lead professional", "002 §3d5"),
            new QualityStandard(TAF_REVIEW, "Review TAF meeting", "Previous TAF meeting held", new DueRule.CalendarWeeks(16),
                    "Next TAF meeting held", "Lead professional", "002 §3d1, §3d5"),
            new QualityStandard(FINAL_LETTER, "Family's time to answer the final non-engagement letter",
                    "Final letter sent", new DueRule.WorkingDays(5), "Family answers, or the case may close",
                    "Lead professional", "002 §3c3"),
            new QualityStandard(CONTACT_MONTHLY, "Contact with the family at least monthly", "Contact recorded after the first TAF",
                    new DueRule.CalendarMonths(1), "Next contact recorded", "Lead professional",
                    "002 §3c5 (monthly until the first review)"),
            new QualityStandard(CONTACT_SIX_WEEKLY, "Contact with the family at least six-weekly",
                    "Contact recorded after the first review", new DueRule.CalendarWeeks(6), "Next contact recorded",
                    "Lead professional", "002 §3c5 (6-weekly after the first review)"),
            new QualityStandard(MONITORING_CALL, "Phone call to a family open only for family programme monitoring",
                    "Contact recorded on a monitoring-only case", new DueRule.CalendarMonths(3), "Next call recorded",
                    "Lead professional", "002 §3c5"),
            new QualityStandard(FIRST_HOME_VISIT, "First home visit", "Case allocated", new DueRule.WorkingDays(10),
                    "Home visit recorded", "Lead professional", "002 §3b6"),
            new QualityStandard(RETURN_INTERVIEW, "Missing-from-home return interview", "Child returned home",
                    new DueRule.ClockHours(72), "Return interview recorded", "Lead professional", "002 §3b1, §2a6"),
            new QualityStandard(DISPUTE, "Allocation dispute resolved", "Dispute raised or escalated", new DueRule.WorkingDays(1),
                    "Dispute resolved", "Team Manager, then Service Manager, then Group Manager", "002 §3a8 (§3a5: 24 hours)"),
            new QualityStandard(INTERVENTION_PLANNING, "Intervention planning meeting with the lead professional",
                    "Work allocated to a Child and Family Worker", new DueRule.WorkingDays(10), "Planning meeting held",
                    "Child and Family Worker", "002 §4c, §5b"),
            new QualityStandard(INTERVENTION_PLAN, "Intervention plan written", "Introductory visit to the family",
                    new DueRule.WorkingDays(5), "Plan written and shared", "Child and Family Worker", "002 §4c, §5b"),
            new QualityStandard(INTERVENTION_FIRST_SESSION, "First intervention session", "Introductory visit to the family",
                    new DueRule.WorkingDays(5), "First session delivered", "Child and Family Worker",
                    "002 §4c ('within 5 days', read as working days)"),
            new QualityStandard(INTERVENTION_REVIEW, "Intervention plan review", "Plan written, or the last review",
                    new DueRule.CalendarWeeks(12), "Plan reviewed", "Child and Family Worker", "002 §4 ('every 6 to 12 weeks')"),
            new QualityStandard(INTENSIVE_REVIEW, "Intensive intervention plan review", "Plan written, or the last review",
                    new DueRule.CalendarWeeks(6), "Plan reviewed", "Child and Family Worker", "002 §5"),
            new QualityStandard(INTERVENTION_OPEN_12_WEEKS, "Service Manager's agreement to work open past 12 weeks",
                    "Work allocated to a Child and Family Worker", new DueRule.CalendarWeeks(12),
                    "Service Manager agrees, or the work closes", "Service Manager", "002 §4, §5"));

    private EarlyHelpStandards() {
    }
}
