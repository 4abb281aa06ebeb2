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

    public static final List<SettingDefinition> ALL = List.of(FRONT_DOOR, FRONT_DOOR_NAME, FINAL_LETTER_WORKING_DAYS,
            STEPPED_DOWN_ASSESSMENT_WEEKS, ASSESSMENT, ROUTES, CONSENT_EXCEPTIONS);

    private EarlyHelpSettings() {
    }
}
