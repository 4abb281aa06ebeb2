package org.nottspartners.portal.earlyhelp.web;

import org.nottspartners.portal.core.page.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpSettings;
import org.nottspartners.portal.earlyhelp.casework.ReferralRequest;
import org.nottspartners.portal.earlyhelp.casework.Referrals;
import org.nottspartners.portal.earlyhelp.casework.SocialCareRequiredException;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;
import org.nottspartners.portal.earlyhelp.referral.SocialCareIndicator;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.ThresholdLevel;

/**
 * A partner refers a child for early help, found first through the core's search before create. The
 * social care questions come first: if one applies, the form stops and says to contact the front door now.
 */
@Named("referPage")
@RequestScoped
public class ReferPage {

    @Inject
    PersonDirectory people;

    @Inject
    Referrals referrals;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    Today today;

    @Inject
    TenantSettings settings;

    private String child;
    private Person person;
    private List<SocialCareIndicator> indicators = new ArrayList<>();
    private ReferralRoute route = ReferralRoute.EARLY_HELP_ASSESSMENT;
    private String concerns;
    private String believedLevel;
    private boolean urgent;
    private String urgencyReason;
    private String consentWay = "GIVEN";
    private String consentGivenBy;
    private String consentDate;
    private String consentEvidence;
    private ConsentException consentException;
    private String referrerContact;
    private String assessmentForm;
    private String returnedAt;
    private String priorAssessmentOn;
    private String stopMessage;

    private boolean loaded;

    /** Once per request; on a postback the child comes from the form's hidden {@code childId} (view parameters come later). */
    private void ensureLoaded() {
        if (!loaded) {
            if (child == null) {
                child = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                        .get("childId");
            }
            load();
        }
    }

    public void load() {
        loaded = true;
        try {
            person = child == null ? null : people.find(UUID.fromString(child)).orElse(null);
        } catch (IllegalArgumentException e) {
            person = null;
        }
    }

    public String submit() {
        ensureLoaded();
        if (person == null) {
            PageActions.error("Find the child first");
            return null;
        }
        List<org.nottspartners.portal.core.problem.Problem.FieldError> errors = new ArrayList<>();
        LocalDate decidedOn = null;
        if ("GIVEN".equals(consentWay) && consentDate != null && !consentDate.isBlank()) {
            try {
                decidedOn = LocalDate.parse(consentDate.strip());
            } catch (DateTimeParseException e) {
                errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("consentDate",
                        "Enter the date consent was given as year-month-day, like 2026-11-20"));
            }
        }
        java.time.OffsetDateTime returned = null;
        if (returnedAt != null && !returnedAt.isBlank()) {
            try {
                returned = java.time.LocalDateTime.parse(returnedAt.strip().replace(' ', 'T'))
                        .atZone(org.nottspartners.portal.core.calendar.WorkingDayCalendar.ENGLAND).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("returnedAt",
                        "Enter when the child came home as year-month-day hour:minute, like 2026-11-20 18:30"));
            }
        }
        LocalDate assessedOn = null;
        if (priorAssessmentOn != null && !priorAssessmentOn.isBlank()) {
            try {
                assessedOn = LocalDate.parse(priorAssessmentOn.strip());
            } catch (DateTimeParseException e) {
                errors.add(new org.nottspartners.portal.core.problem.Problem.FieldError("priorAssessmentOn",
                        "Enter the date of social care's assessment as year-month-day, like 2026-11-20"));
            }
        }
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            ReferralRequest.NewConsent consent = "GIVEN".equals(consentWay)
                    ? new ReferralRequest.NewConsent(consentGivenBy, decidedOn, consentEvidence) : null;
            ReferralRequest request = new ReferralRequest(null, person.id(), null, route, concerns, believedLevel, urgent,
                    urgencyReason, java.util.Set.copyOf(indicators), null, consent,
                    "EXCEPTION".equals(consentWay) ? consentException : null, referrerContact, false, assessmentForm, returned,
                    assessedOn);
            if (startingCaf) {
                // the City's multi-agency CAF (issue 23): the practitioner holds it as lead professional
                EarlyHelpCase c = referrals.startCaf(request);
                return "/early-help/case?faces-redirect=true&id=" + c.id() + "&done="
                        + java.net.URLEncoder.encode("CAF " + c.reference() + " started: you are its lead professional",
                                java.nio.charset.StandardCharsets.UTF_8);
            }
            EarlyHelpCase c = referrals.refer(request);
            return "/early-help/my-referrals?faces-redirect=true&sent=" + c.reference();
        } catch (SocialCareRequiredException e) {
            stopMessage = e.getMessage();
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> PageActions.error(err.message()));
        } catch (ActionRefusedException e) {
            PageActions.error(e.getMessage());
        }
        return null;
    }

    /** Starts a CAF the practitioner will hold, with the same form and checks as a referral (issue 23). */
    public String startCaf() {
        startingCaf = true;
        return submit();
    }

    private boolean startingCaf;

    /** Whether practitioners in this council start and hold CAFs themselves (its setting; the City, issue 23). */
    public boolean isPractitionerCaf() {
        return settings.choice(EarlyHelpSettings.CASE_HOLDING, org.nottspartners.portal.earlyhelp.casework.CaseHolding.class,
                today.date()) == org.nottspartners.portal.earlyhelp.casework.CaseHolding.ANY_PRACTITIONER;
    }

    /** What the council calls its front door (its setting). */
    public String getFrontDoorName() {
        return settings.text(EarlyHelpSettings.FRONT_DOOR_NAME, today.date());
    }

    public List<ThresholdLevel> getLevels() {
        return setup.levelsOn(today.date());
    }

    public SocialCareIndicator[] getAllIndicators() {
        return SocialCareIndicator.values();
    }

    /** The routes this council takes (its setting, issue 23). */
    public List<ReferralRoute> getRoutes() {
        return List.copyOf(settings.choices(EarlyHelpSettings.ROUTES, ReferralRoute.class, today.date()));
    }

    /** The consent exceptions this council's form offers (its setting, issue 23); none in the City. */
    public List<ConsentException> getExceptions() {
        return List.copyOf(settings.choices(EarlyHelpSettings.CONSENT_EXCEPTIONS, ConsentException.class, today.date()));
    }

    public Person getPerson() {
        ensureLoaded();
        return person;
    }

    public String getStopMessage() {
        return stopMessage;
    }

    /**
     * The month and year the child was born ({@code May 2014}): all a referrer who may not open the child's record is
     * shown of it (RULES.md §2), and enough to be sure of the child.
     */
    public String getBorn() {
        ensureLoaded();
        return person == null ? null
                : org.nottspartners.portal.core.access.PersonRecordAccess.bornInWords(person.dateOfBirth(), person.expectedDateOfBirth());
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
    }

    public List<SocialCareIndicator> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<SocialCareIndicator> indicators) {
        this.indicators = indicators;
    }

    public ReferralRoute getRoute() {
        return route;
    }

    public void setRoute(ReferralRoute route) {
        this.route = route;
    }

    public String getConcerns() {
        return concerns;
    }

    public void setConcerns(String concerns) {
        this.concerns = concerns;
    }

    public String getBelievedLevel() {
        return believedLevel;
    }

    public void setBelievedLevel(String believedLevel) {
        this.believedLevel = believedLevel;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }

    public void setUrgencyReason(String urgencyReason) {
        this.urgencyReason = urgencyReason;
    }

    public String getConsentWay() {
        return consentWay;
    }

    public void setConsentWay(String consentWay) {
        this.consentWay = consentWay;
    }

    public String getConsentGivenBy() {
        return consentGivenBy;
    }

    public void setConsentGivenBy(String consentGivenBy) {
        this.consentGivenBy = consentGivenBy;
    }

    public String getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(String consentDate) {
        this.consentDate = consentDate;
    }

    public String getConsentEvidence() {
        return consentEvidence;
    }

    public void setConsentEvidence(String consentEvidence) {
        this.consentEvidence = consentEvidence;
    }

    public ConsentException getConsentException() {
        return consentException;
    }

    public void setConsentException(ConsentException consentException) {
        this.consentException = consentException;
    }

    public String getAssessmentForm() {
        return assessmentForm;
    }

    public void setAssessmentForm(String assessmentForm) {
        this.assessmentForm = assessmentForm;
    }

    public String getReturnedAt() {
        return returnedAt;
    }

    public void setReturnedAt(String returnedAt) {
        this.returnedAt = returnedAt;
    }

    public String getPriorAssessmentOn() {
        return priorAssessmentOn;
    }

    public void setPriorAssessmentOn(String priorAssessmentOn) {
        this.priorAssessmentOn = priorAssessmentOn;
    }

    public String getReferrerContact() {
        return referrerContact;
    }

    public void setReferrerContact(String referrerContact) {
        this.referrerContact = referrerContact;
    }
}
