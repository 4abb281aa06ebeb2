package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;
import org.nottspartners.portal.core.calendar.QualityStandardSettings;
import org.nottspartners.portal.core.calendar.QualityStandard;

/**
 * The early help quality standards the core times (RULES.md §3 "Quality standards", §8; seed 002), read from
 * {@code early-help/quality-standards.csv}; these constants name its rows. The numbers are defaults: a council changes
 * one from a date with the setting {@code standard.<id>}, or says "not used" where its own guidance has no such rule
 * (issue 23). The defaults are County's (002), the documented starting point for a new council; the City's data
 * (changeset early-help-017) takes none of them and uses its own (001): the disagreement route's 24 and 48 hours,
 * and CAF review meetings at the frequency it sets.
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
    public static final String PLAN_AGREED = "eh-plan-agreed";
    public static final String FORMAL_REVIEW = "eh-formal-review";
    public static final String DISPUTE_CHILDRENS_CENTRE = "eh-dispute-cc";
    public static final String RAW_MISSING = "eh-raw-missing";
    public static final String RAW_ENCAMPMENT = "eh-raw-encampment";
    public static final String INTERVENTION_PLANNING = "eh-in-planning";
    public static final String INTERVENTION_PLAN = "eh-in-plan";
    public static final String INTERVENTION_FIRST_SESSION = "eh-in-first-session";
    public static final String INTERVENTION_REVIEW = "eh-in-review";
    public static final String INTENSIVE_REVIEW = "eh-in-review-intensive";
    public static final String INTERVENTION_OPEN_12_WEEKS = "eh-in-open-12-weeks";
    /** The City's CAF review meetings (001 L1626): "not used" until a council sets its frequency. */
    public static final String CAF_REVIEW = "eh-caf-review";
    /** The City's disagreement route (001 L1808-1830): feedback in 24 hours, resolution in 48 (24 where risk is high). */
    public static final String DISAGREEMENT_FEEDBACK = "eh-disagreement-feedback";
    public static final String DISAGREEMENT_RESOLUTION = "eh-disagreement-resolution";
    public static final String DISAGREEMENT_RESOLUTION_HIGH_RISK = "eh-disagreement-resolution-high-risk";

    /** The shipped standards: one table, read by the running portal and by every test alike (issue 13, item 10). */
    static final String RESOURCE = "/early-help/quality-standards.csv";

    public static final List<QualityStandard> ALL = QualityStandardSettings.shipped(EarlyHelpStandards.class, RESOURCE);

    private EarlyHelpStandards() {
    }

}
