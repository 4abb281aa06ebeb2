package org.nottspartners.portal.licensing.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * An application for a licence or permit, made by a member of the public in the council where the child lives: a draft
 * saved as they go, then sent, then granted (with conditions) or refused (with reasons) by a licensing officer. Only
 * the applicant (by their sign-in identity) and the council's licensing officers see it.
 */
@Entity
@Table(name = "lic_application")
public class Application extends TenantOwnedRecord {

    /** Where an application is. */
    public enum Status {
        DRAFT("Not sent yet"), SUBMITTED("Sent to the council"), GRANTED("Granted"), REFUSED("Refused"), WITHDRAWN("Withdrawn");

        private final String inWords;

        Status(String inWords) {
            this.inWords = inWords;
        }

        public String inWords() {
            return inWords;
        }
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "applicant_id", nullable = false, updatable = false, length = 100)
    private String applicantId;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Column(name = "applicant_email", length = 320)
    private String applicantEmail;

    @Column(name = "child_given_name", length = 100)
    private String childGivenName;

    @Column(name = "child_family_name", length = 100)
    private String childFamilyName;

    @Column(name = "child_date_of_birth")
    private LocalDate childDateOfBirth;

    @Column(name = "child_address", length = 500)
    private String childAddress;

    @Column(name = "child_school", length = 200)
    private String childSchool;

    @Column(name = "parent_name", length = 200)
    private String parentName;

    @Column(name = "parent_email", length = 320)
    private String parentEmail;

    /** The producer's company or the employer's business. */
    @Column(name = "organisation", length = 200)
    private String organisation;

    /** The production's name, or the job. */
    @Column(name = "title", length = 200)
    private String title;

    /** The venue, or the place of work. */
    @Column(name = "place", length = 500)
    private String place;

    /** A listed light-work job (employment). */
    @Column(name = "light_work", length = 40)
    private String lightWork;

    /** Employment: the day the child started or starts work. */
    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "chaperone_name", length = 200)
    private String chaperoneName;

    @Column(name = "children_with_chaperone")
    private Integer childrenWithChaperone;

    @Column(name = "chaperone_is_tutor")
    private Boolean chaperoneIsTutor;

    @Column(name = "tutor_name", length = 200)
    private String tutorName;

    @Column(name = "paid")
    private Boolean paid;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    /** The conditions of a grant, or the reasons for a refusal. */
    @Column(name = "decision_words", length = 4000)
    private String decisionWords;

    /** A chaperone's own date of birth and address, DBS certificate, referees, training and consent (002 §14b). */
    @Column(name = "applicant_date_of_birth")
    private LocalDate applicantDateOfBirth;

    @Column(name = "applicant_address", length = 500)
    private String applicantAddress;

    @Column(name = "dbs_number", length = 12)
    private String dbsNumber;

    @Column(name = "dbs_issued_on")
    private LocalDate dbsIssuedOn;

    @Column(name = "referees", length = 1000)
    private String referees;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    @Column(name = "records_check_consent")
    private Boolean recordsCheckConsent;

    /** A body of persons approval: the last day it covers, and the organisation's safeguarding arrangements. */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "safeguarding", length = 2000)
    private String safeguarding;

    /**
     * The parent's own part of a performance application (RULES.md §5: the parent completes it themselves): their
     * consent, a declaration of the child's health, when they were invited and when they gave it.
     */
    @Column(name = "parent_invited_at")
    private OffsetDateTime parentInvitedAt;

    @Column(name = "parent_consent")
    private Boolean parentConsent;

    @Column(name = "health_declaration", length = 2000)
    private String healthDeclaration;

    @Column(name = "parent_part_at")
    private OffsetDateTime parentPartAt;

    /** Counts changes to the days, which live in their own rows, so that the application's version moves with them. */
    @Column(name = "day_changes")
    private Integer changedNote;

    protected Application() {
    }

    Application(ApplicationKind kind, String applicantId, String applicantName, String applicantEmail) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.status = Status.DRAFT;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
        this.applicantEmail = applicantEmail;
    }

    @Override
    public String recordType() {
        return "licence-application";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    /** The reference an applicant quotes: LIC- and the first part of its id. */
    public String reference() {
        return "LIC-" + id.toString().substring(0, 8).toUpperCase(java.util.Locale.UK);
    }

    /**
     * The parent's part given for other answers is void: once the child, the parent or the days change after the
     * invitation, the parent is asked again (their consent was to what they saw).
     */
    void parentPartChanged() {
        if (parentPartAt != null) {
            parentConsent = null;
            healthDeclaration = null;
            parentPartAt = null;
        }
    }

    /** Takes the answers given (a field sent blank is cleared; a field not sent is kept). */
    void details(ApplicationForm.Details d, ApplicationForm given) {
        if (given.childGivenName != null || given.childFamilyName != null || given.childDateOfBirth != null
                || given.parentName != null || given.parentEmail != null || given.title != null || given.place != null) {
            parentPartChanged();
        }
        if (given.childGivenName != null) childGivenName = d.childGivenName();
        if (given.childFamilyName != null) childFamilyName = d.childFamilyName();
        if (given.childDateOfBirth != null) childDateOfBirth = d.childDateOfBirth();
        if (given.childAddress != null) childAddress = d.childAddress();
        if (given.childSchool != null) childSchool = d.childSchool();
        if (given.parentName != null) parentName = d.parentName();
        if (given.parentEmail != null) parentEmail = d.parentEmail();
        if (given.organisation != null) organisation = d.organisation();
        if (given.title != null) title = d.title();
        if (given.place != null) place = d.place();
        if (given.lightWork != null) lightWork = d.lightWork();
        if (given.startsOn != null) startsOn = d.startsOn();
        if (given.chaperoneName != null) chaperoneName = d.chaperoneName();
        if (given.childrenWithChaperone != null) childrenWithChaperone = d.childrenWithChaperone();
        if (given.chaperoneIsTutor != null) chaperoneIsTutor = d.chaperoneIsTutor();
        if (given.tutorName != null) tutorName = d.tutorName();
        if (given.paid != null) paid = d.paid();
        if (given.applicantDateOfBirth != null) applicantDateOfBirth = d.applicantDateOfBirth();
        if (given.applicantAddress != null) applicantAddress = d.applicantAddress();
        if (given.dbsNumber != null) dbsNumber = d.dbsNumber();
        if (given.dbsIssuedOn != null) dbsIssuedOn = d.dbsIssuedOn();
        if (given.referees != null) referees = d.referees();
        if (given.trainedOn != null) trainedOn = d.trainedOn();
        if (given.recordsCheckConsent != null) recordsCheckConsent = d.recordsCheckConsent();
        if (given.endsOn != null) endsOn = d.endsOn();
        if (given.safeguarding != null) safeguarding = d.safeguarding();
    }

    /** Marks the application changed (its days were replaced), so that its version moves on. */
    void touch() {
        this.changedNote = (this.changedNote == null ? 0 : this.changedNote) + 1;
    }

    void inviteParent(OffsetDateTime at) {
        this.parentInvitedAt = at;
    }

    void parentPart(boolean consent, String health, OffsetDateTime at) {
        this.parentConsent = consent;
        this.healthDeclaration = health;
        this.parentPartAt = at;
    }

    public OffsetDateTime parentInvitedAt() {
        return parentInvitedAt;
    }

    public Boolean parentConsent() {
        return parentConsent;
    }

    public String healthDeclaration() {
        return healthDeclaration;
    }

    public OffsetDateTime parentPartAt() {
        return parentPartAt;
    }

    void submit(OffsetDateTime at) {
        this.status = Status.SUBMITTED;
        this.submittedAt = at;
    }

    void decide(boolean granted, String words, String by, OffsetDateTime at) {
        this.status = granted ? Status.GRANTED : Status.REFUSED;
        this.decisionWords = words;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void withdraw() {
        this.status = Status.WITHDRAWN;
    }

    public UUID id() {
        return id;
    }

    public ApplicationKind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public String applicantId() {
        return applicantId;
    }

    public String applicantName() {
        return applicantName;
    }

    public String applicantEmail() {
        return applicantEmail;
    }

    public String childGivenName() {
        return childGivenName;
    }

    public String childFamilyName() {
        return childFamilyName;
    }

    public LocalDate childDateOfBirth() {
        return childDateOfBirth;
    }

    public String childAddress() {
        return childAddress;
    }

    public String childSchool() {
        return childSchool;
    }

    public String parentName() {
        return parentName;
    }

    public String parentEmail() {
        return parentEmail;
    }

    public String organisation() {
        return organisation;
    }

    public String title() {
        return title;
    }

    public String place() {
        return place;
    }

    public String lightWork() {
        return lightWork;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public String chaperoneName() {
        return chaperoneName;
    }

    public Integer childrenWithChaperone() {
        return childrenWithChaperone;
    }

    public Boolean chaperoneIsTutor() {
        return chaperoneIsTutor;
    }

    public String tutorName() {
        return tutorName;
    }

    public Boolean paid() {
        return paid;
    }

    public LocalDate applicantDateOfBirth() {
        return applicantDateOfBirth;
    }

    public String applicantAddress() {
        return applicantAddress;
    }

    public String dbsNumber() {
        return dbsNumber;
    }

    public LocalDate dbsIssuedOn() {
        return dbsIssuedOn;
    }

    public String referees() {
        return referees;
    }

    public LocalDate trainedOn() {
        return trainedOn;
    }

    public Boolean recordsCheckConsent() {
        return recordsCheckConsent;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String safeguarding() {
        return safeguarding;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionWords() {
        return decisionWords;
    }
}
