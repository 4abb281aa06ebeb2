package org.nottspartners.portal.earlyhelp;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.earlyhelp.casework.ClosureOutcome;
import org.nottspartners.portal.earlyhelp.casework.ContactKind;
import org.nottspartners.portal.earlyhelp.casework.EngagementStep;
import org.nottspartners.portal.earlyhelp.casework.ExistingSupport;
import org.nottspartners.portal.earlyhelp.casework.FrontDoorDecision;
import org.nottspartners.portal.earlyhelp.casework.InterventionKind;
import org.nottspartners.portal.earlyhelp.casework.InterventionStep;
import org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion;
import org.nottspartners.portal.earlyhelp.casework.ProgrammeStatus;
import org.nottspartners.portal.earlyhelp.casework.ReferralRequest;
import org.nottspartners.portal.earlyhelp.casework.RiskRating;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;
import org.nottspartners.portal.earlyhelp.referral.SocialCareIndicator;

/** What users send to the Early Help API; the service checks every field and answers in the user's words. */
public final class EarlyHelpForms {

    private EarlyHelpForms() {
    }

    /** A referral: the family, concerns, route, level believed, urgency, indicators, consent or exception. */
    public static class ReferralForm {
        public UUID familyId;
        public UUID indexChildId;
        public String newFamilyName;
        public ReferralRoute route;
        public String concerns;
        public String believedLevel;
        public boolean urgent;
        public String urgencyReason;
        public Set<SocialCareIndicator> indicators;
        public UUID consentId;
        public String consentGivenBy;
        public LocalDate consentDate;
        public String consentEvidence;
        public ConsentException consentException;
        public String referrerContact;
        public boolean neetNeed;
        /** The early help assessment's findings, for the routes that need one. */
        public String assessmentForm;
        /** Missing-from-home return interview: when the child came home (ISO date-time with offset). */
        public OffsetDateTime returnedAt;
        /** Step-down from social care: the date of social care's assessment. */
        public LocalDate priorAssessmentOn;

        ReferralRequest toRequest() {
            ReferralRequest.NewConsent consent = consentGivenBy == null && consentEvidence == null && consentDate == null ? null
                    : new ReferralRequest.NewConsent(consentGivenBy, consentDate, consentEvidence);
            return new ReferralRequest(familyId, indexChildId, newFamilyName, route, concerns, believedLevel, urgent,
                    urgencyReason, indicators, consentId, consent, consentException, referrerContact, neetNeed, assessmentForm,
                    returnedAt, priorAssessmentOn);
        }
    }

    /** The version of the case the user read: a step on a case changed since is refused (409). */
    public static class VersionedForm {
        public Long version;
    }

    public static class DecisionForm extends VersionedForm {
        public FrontDoorDecision decision;
        public String teamCode;
        public String decidedLevel;
        public String reasons;
    }

    public static class WaitingListForm extends VersionedForm {
        public RiskRating risk;
        public ExistingSupport existingSupport;
    }

    public static class AllocationForm extends VersionedForm {
        public String worker;
    }

    public static class NoteForm extends VersionedForm {
        public String note;
    }

    /** Contact with the family: how (HOME_VISIT, FACE_TO_FACE, PHONE, RETURN_INTERVIEW; face to face if left out). */
    public static class ContactForm extends NoteForm {
        public ContactKind kind;
    }

    /** The early help assessment form the front door completes for a self-referral. */
    public static class ReferralAssessmentForm extends VersionedForm {
        public String assessmentForm;
    }

    /** Whether the case is open only for family programme monitoring. */
    public static class MonitoringForm extends VersionedForm {
        public Boolean monitoringOnly;
    }

    /** How families and referrers reach a team, from the version of the team the administrator read. */
    public static class TeamContactForm extends VersionedForm {
        public String contact;
    }

    /** A version of a level of the council's threshold framework, in force from a date. */
    public static class LevelForm {
        public String code;
        public String name;
        public String description;
        public String band;
        public Boolean earlyHelp;
        public Integer sortOrder;
        public LocalDate effectiveFrom;
    }

    /** Work commissioned from the Interventions Team (INTERVENTION) or the Intensive Support and Parenting Team (INTENSIVE). */
    public static class InterventionForm {
        public InterventionKind kind;
        public String worker;
        public String purpose;
        /** The service in the council's directory the work refers the family to (issue 19), if any. */
        public UUID serviceId;
    }

    /** A step of commissioned work (PLANNING_MEETING, FIRST_VISIT, PLAN_WRITTEN, FIRST_SESSION, REVIEW, NON_ENGAGEMENT, SERVICE_MANAGER_AGREED). */
    public static class InterventionStepForm extends VersionedForm {
        public InterventionStep step;
        public String note;
    }

    public static class InterventionClosureForm extends VersionedForm {
        public String reason;
        public boolean nonEngagement;
    }

    /** A council's own wording of a letter: "Subject: ..." then paragraphs, with ${placeholders}. */
    public static class TemplateForm {
        public String text;
        public Long version;
    }

    /** How a dispute was resolved. */
    public static class ResolutionForm {
        public String outcome;
    }

    /** The assessment: a summary, and for the City's CAF a finding for each domain (CHILD_DEVELOPMENT, PARENTS_AND_CARERS, FAMILY_AND_ENVIRONMENT). */
    public static class AssessmentForm extends VersionedForm {
        public String summary;
        public java.util.Map<String, String> domains;
        /** The family programme criteria the assessment found the family meets (002 §13b). */
        public java.util.Set<org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion> criteriaMet;
    }

    public static class TargetForm {
        public String need;
        public String target;
        public String measure;
        public String owner;
        public LocalDate dueOn;
        public ProgrammeCriterion criterion;
        /** The service in the council's directory the family is referred to for this target (issue 19), if any. */
        public UUID serviceId;
    }

    public static class TafForm {
        public LocalDate heldOn;
        public boolean familyPresent;
        public String attendees;
        public String summary;
        /** Whether the meeting formally reviewed the assessment and plan (002 §3b5). */
        public boolean review;
    }

    public static class DisputeForm {
        public String about;
        /** The risk is high: the council's high-risk timescale applies (the City: 24 hours, 001 L1808-1830). */
        public boolean highRisk;
    }

    /** A practitioner to invite into the Team around the Child, by user name. */
    public static class MemberForm {
        public String userName;
    }

    /** The new lead professional, by user name: a member of the Team around the Child. */
    public static class LeadForm extends VersionedForm {
        public String userName;
    }

    /** The level of need now (its code), and why it changed. */
    public static class LevelChangeForm extends VersionedForm {
        public String level;
        public String reasons;
    }

    public static class ReasonsForm {
        public String reasons;
    }

    public static class FeedbackForm {
        public String feedback;
    }

    public static class EngagementForm {
        public EngagementStep step;
        public OffsetDateTime doneAt;
        public String note;
    }

    public static class ClosureForm extends VersionedForm {
        public ClosureOutcome outcome;
        public String reasons;
        public ProgrammeStatus programmeStatus;
    }
}
