package org.nottspartners.portal.earlyhelp.casework;

import java.util.List;
import org.nottspartners.portal.core.settings.SettingDefinition;

/**
 * The council settings early help reads, each with its default, meaning and source. A council's own values are
 * data (the City's and the County's are shipped by changeset early-help-008); a new council starts from these
 * defaults. The table in the module's README is generated from this list.
 */
public final class EarlyHelpSettings {

    /** How to reach the front door when a referral must go to social care at once (RULES.md §3 "Referral"). */
    public static final SettingDefinition FRONT_DOOR = SettingDefinition.text("early-help.front-door-contact",
            "Contact your council's children's social care front door now.",
            "What a referrer is told to do when a social care indicator applies: the front door's name and number",
            "RULES.md §1 glossary \"front door\"; 002 §2a1; 001, 004");

    /** What the council calls its front door in pages and messages (issue 23: never County's name on a City case). */
    public static final SettingDefinition FRONT_DOOR_NAME = SettingDefinition.text("early-help.front-door-name",
            "the front door", "What staff and partners call the service that receives referrals and decides where they go",
            "RULES.md §1 glossary \"front door\"; 001 L2050 (Children and Families Direct), 002 §2a15 (the Early Help Unit)");

    /** The family's time to answer the final non-engagement letter, in working days (002 §3c3). */
    public static final SettingDefinition FINAL_LETTER_WORKING_DAYS = SettingDefinition.number(
            "early-help.final-letter-working-days", NonEngagementSequence.DEFAULT_RESPONSE_WORKING_DAYS,
            "Working days a family has to answer the final letter before the case may close for non-engagement;"
                    + " the letter gives the date",
            "RULES.md §3 Closure; 002 §3c3");

    /** How long social care's assessment stays current for a stepped-down case, in weeks (002 §3b2). */
    public static final SettingDefinition STEPPED_DOWN_ASSESSMENT_WEEKS = SettingDefinition.number(
            "early-help.stepped-down-assessment-current-weeks", 16,
            "Weeks social care's assessment stays current when a case steps down to early help; within them no new"
                    + " assessment is due",
            "RULES.md §3 Assessment; 002 §3b2");

    /** The assessment the council's early help workers complete (RULES.md §1, §3). */
    public static final SettingDefinition ASSESSMENT = SettingDefinition.choice("early-help.assessment",
            AssessmentType.CAF,
            "The early help assessment the council uses: the Common Assessment Framework with its three domains, or"
                    + " Nottinghamshire's Child and Family Assessment",
            "RULES.md §1, §3 Assessment; 001 L1177-1179, 002 §3b2");

    /**
     * The referral routes the council takes (issue 23: the City's CAF is started by practitioners and families
     * through Children and Families Direct; County's Rapid Assessment, attendance and NEET routes are its own).
     */
    public static final SettingDefinition ROUTES = SettingDefinition.choices("early-help.routes",
            org.nottspartners.portal.earlyhelp.referral.ReferralRoute.class,
            java.util.EnumSet.allOf(org.nottspartners.portal.earlyhelp.referral.ReferralRoute.class),
            "The ways a family may be referred for early help in this council",
            "RULES.md §3 \"Referral routes\" (002 §2a) and \"City model\" (001 L1146-1173)");

    /**
     * The lawful exceptions to consent the council's referral form offers (issue 23: County's come from its own
     * practice, 002 §1b4, §2b2, §2b3; the City shares without consent only on professional judgement of significant
     * harm, which goes to its front door, 001 L1196-1198).
     */
    public static final SettingDefinition CONSENT_EXCEPTIONS = SettingDefinition.choices("early-help.consent-exceptions",
            org.nottspartners.portal.earlyhelp.referral.ConsentException.class,
            java.util.EnumSet.allOf(org.nottspartners.portal.earlyhelp.referral.ConsentException.class),
            "The exceptions that let a referral go ahead without the family's consent in this council",
            "RULES.md §2 \"Consent\" (002 §1b4, §2b2, §2b3; 001 L1189-1198)");

    /** Who holds a case: the council's teams (County), or any practitioner with a Team around the Child (City). */
    public static final SettingDefinition CASE_HOLDING = SettingDefinition.choice("early-help.case-holding",
            CaseHolding.COUNCIL_TEAMS,
            "Who holds an early help case: the council's teams, after partners refer; or any practitioner, who starts a"
                    + " CAF and may hold it as lead professional with a Team around the Child from any agency",
            "RULES.md §3 \"City model\" (001 L1146-1150, L1164-1173); 002 §2a15, §3a");

    /** The stages a disagreement with a decision climbs, in order, separated by semicolons. */
    public static final SettingDefinition DISPUTE_LADDER = SettingDefinition.text("early-help.dispute-ladder",
            String.join("; ", DisputeLadder.COUNTY_STEPS),
            "Who a disagreement about a decision goes to, step by step, separated by semicolons: the first hears it, each"
                    + " escalation goes to the next",
            "002 §3a5, §3a8 (County); 001 L1808-1830 (City)");

    /** The commissioned services (interventions, intensive support) the council's case holders may ask for. */
    public static final SettingDefinition INTERVENTIONS = SettingDefinition.choices("early-help.interventions",
            InterventionKind.class, java.util.EnumSet.allOf(InterventionKind.class),
            "The council's own commissioned early help services a case holder may ask for",
            "RULES.md §3 \"Interventions and intensive teams\" (002 §4-7); \"City model\" (County's teams only where chosen)");

    /** The outcomes a closure may record. */
    public static final SettingDefinition CLOSURE_OUTCOMES = SettingDefinition.choices("early-help.closure-outcomes",
            ClosureOutcome.class, java.util.EnumSet.of(ClosureOutcome.FULLY_RESOLVED, ClosureOutcome.PARTIALLY_RESOLVED,
                    ClosureOutcome.NOT_RESOLVED, ClosureOutcome.MOVED_OUT_OF_AREA, ClosureOutcome.STEPPED_UP,
                    ClosureOutcome.NON_ENGAGEMENT),
            "The outcomes a lead professional chooses from when a case closes",
            "RULES.md §3 \"Closure\" (002 §3g2, §3g3); \"City model\" reporting (001 L2086-2090)");

    /** Whether a closure records the family programme (payment by results) status. */
    public static final SettingDefinition PROGRAMME_STATUS_AT_CLOSURE = SettingDefinition.choice(
            "early-help.programme-status-at-closure", ProgrammeStatusAtClosure.REQUIRED,
            "Whether closing a case asks for the family programme status (ready for claim, monitoring, no claim)",
            "002 §3g3, §3g5 (County); the City's seed asks for none");

    /** How many children live in the council's area, from a date (a year's estimate), for rates per 10,000. */
    public static final SettingDefinition CHILD_POPULATION = SettingDefinition.count("early-help.child-population", 0,
            "How many children (0-17) live in the council's area, from the date of the estimate: CAFs initiated are"
                    + " reported per 10,000 of them; 0 until the council gives it",
            "001 L882, L2086-2090 (CAFs initiated per 10,000 children)");

    public static final List<SettingDefinition> ALL = List.of(FRONT_DOOR, FRONT_DOOR_NAME, FINAL_LETTER_WORKING_DAYS,
            STEPPED_DOWN_ASSESSMENT_WEEKS, ASSESSMENT, ROUTES, CONSENT_EXCEPTIONS, CASE_HOLDING, DISPUTE_LADDER,
            INTERVENTIONS, CLOSURE_OUTCOMES, PROGRAMME_STATUS_AT_CLOSURE, CHILD_POPULATION);

    private EarlyHelpSettings() {
    }
}
