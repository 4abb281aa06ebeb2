package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.earlyhelp.referral.ConsentException;
import org.nottspartners.portal.earlyhelp.referral.ReferralRoute;

/**
 * A family's early help referral and the case it becomes (RULES.md §3): received, decided by the front
 * door, screened by a team (allocated or waiting), assessed, planned and reviewed, and closed with an
 * outcome. Each step is allowed only from the step before; anything else is refused in words.
 *
 * <p>Why one class of about 570 lines: one table's columns and the state changes that guard them. Issue 12
 * moves its clocks, letters and history into core's kit, which takes most of the size away.
 */
@Entity
@Table(name = "eh_case")
public class EarlyHelpCase extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "early-help-case";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private String reference;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "index_child_id", nullable = false)
    private UUID indexChildId;

    @Column(name = "family_name", nullable = false, length = 200)
    private String familyName;

    @Column(name = "referrer_id", nullable = false, updatable = false, length = 100)
    private String referrerId;

    @Column(name = "referrer_name", nullable = false, updatable = false, length = 200)
    private String referrerName;

    @Column(name = "referrer_organisation", updatable = false, length = 200)
    private String referrerOrganisation;

    @Column(name = "referrer_role", nullable = false, updatable = false, length = 40)
    private String referrerRole;

    @Column(name = "referrer_contact", nullable = false, length = 200)
    private String referrerContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", nullable = false, length = 40)
    private ReferralRoute route;

    @Column(name = "concerns", nullable = false)
    private String concerns;

    @Column(name = "believed_level", nullable = false, length = 40)
    private String believedLevel;

    @Column(name = "decided_level", length = 40)
    private String decidedLevel;

    @Column(name = "level_reasons")
    private String levelReasons;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "urgency_reason")
    private String urgencyReason;

    @Column(name = "consent_id", length = 36)
    private String consentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_exception", length = 40)
    private ConsentException consentException;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30)
    private CaseStage stage;

    @Column(name = "received_at", nullable = false, updatable = false)
    private OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 30)
    private FrontDoorDecision decision;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "team_code", length = 60)
    private String teamCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag", length = 10)
    private RiskRating rag;

    @Enumerated(EnumType.STRING)
    @Column(name = "existing_support", length = 10)
    private ExistingSupport existingSupport;

    @Column(name = "waiting_since")
    private OffsetDateTime waitingSince;

    /** 1 (allocate first) to 9, by {@link WaitingListOrder#priority}; set while on the waiting list. */
    @Column(name = "waiting_priority")
    private Integer waitingPriority;

    @Column(name = "lead_professional", length = 100)
    private String leadProfessional;

    @Column(name = "allocated_at")
    private OffsetDateTime allocatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_type", length = 40)
    private AssessmentType assessmentType;

    /** The family programme criteria the assessment found the family meets (002 §13b), comma-separated names. */
    @Column(name = "criteria_met", length = 200)
    private String criteriaMet;

    @Column(name = "assessment_summary")
    private String assessmentSummary;

    @Column(name = "assessment_completed_at")
    private OffsetDateTime assessmentCompletedAt;

    @Column(name = "plan_agreed_at")
    private OffsetDateTime planAgreedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_outcome", length = 30)
    private ClosureOutcome closureOutcome;

    @Column(name = "closure_reasons")
    private String closureReasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_status", length = 30)
    private ProgrammeStatus programmeStatus;

    /** The early help assessment form sent with the referral (EHAF / CAF), or completed by the front door. */
    @Column(name = "referral_assessment")
    private String referralAssessment;

    /** Missing-from-home referrals: when the child came home (the return interview is due 72 hours after). */
    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    /** Step-down referrals: the date of social care's assessment, current for 16 weeks (002 §3b2). */
    @Column(name = "prior_assessment_on")
    private LocalDate priorAssessmentOn;

    /** Open only to monitor family programme outcomes: contact is a phone call every 3 months (002 §3c5). */
    @Column(name = "monitoring_only", nullable = false)
    private boolean monitoringOnly;

    protected EarlyHelpCase() {
        // for JPA
    }

    /** A referral as received. */
    public EarlyHelpCase(String reference, Referrer referrer, UUID familyId, String familyName, UUID indexChildId,
            ReferralRoute route, String concerns, String believedLevel, boolean urgent, String urgencyReason, UUID consentId,
            ConsentException consentException, OffsetDateTime receivedAt) {
        this.id = UUID.randomUUID();
        this.reference = reference; // the council's running number, EH-2026-000123 (core References)
        this.referrerId = referrer.userId();
        this.referrerName = referrer.name();
        this.referrerOrganisation = referrer.organisation();
        this.referrerRole = referrer.role();
        this.referrerContact = referrer.contact();
        this.familyId = familyId;
        this.familyName = familyName;
        this.indexChildId = indexChildId;
        this.route = route;
        this.concerns = concerns.strip();
        this.believedLevel = believedLevel;
        this.urgent = urgent;
        this.urgencyReason = urgencyReason;
        this.consentId = consentId == null ? null : consentId.toString();
        this.consentException = consentException;
        this.stage = CaseStage.REFERRED;
        this.receivedAt = receivedAt;
    }

    /** What the route of the referral brings with it: the assessment form, the return home, the earlier assessment. */
    public void recordReferralDetails(String assessmentForm, OffsetDateTime returnedAt, LocalDate priorAssessmentOn) {
        this.referralAssessment = assessmentForm == null || assessmentForm.isBlank() ? null : assessmentForm.strip();
        this.returnedAt = returnedAt;
        this.priorAssessmentOn = priorAssessmentOn;
    }

    /** The front door completes the assessment form of a self-referral (RULES.md §3: "EHU completes the EHAF"). */
    public void completeReferralAssessment(String assessmentForm) {
        require(CaseStage.REFERRED, "The referral's assessment form is completed before the front door decides");
        this.referralAssessment = assessmentForm.strip();
    }

    /** Whether the case is open only to monitor family programme outcomes. */
    public void monitorOnly(boolean monitoringOnly) {
        requireWorkable("Monitoring only");
        this.monitoringOnly = monitoringOnly;
    }

    /** Who made a referral. */
    public record Referrer(String userId, String name, String organisation, String role, String contact) {
    }

    /** The front door's decision: accepted to a team, declined or redirected, with the level it judged. */
    public void decide(FrontDoorDecision decision, String teamCode, String decidedLevel, String reasons, String by,
            OffsetDateTime at) {
        require(CaseStage.REFERRED, "The front door has already decided on this referral ("
                + (this.decision == null ? stage.label() : this.decision.label()) + ")");
        this.decision = decision;
        this.decidedLevel = decidedLevel;
        this.levelReasons = reasons;
        this.decisionReasons = reasons;
        this.decidedAt = at;
        this.decidedBy = by;
        if (decision == FrontDoorDecision.ACCEPT_TO_TEAM) {
            this.teamCode = teamCode;
            this.stage = CaseStage.WITH_TEAM;
        } else {
            this.stage = decision == FrontDoorDecision.DECLINE ? CaseStage.DECLINED : CaseStage.REDIRECTED;
        }
    }

    /** No capacity: on the team's waiting list, rated for risk against existing support (002 §3a2-§3a3). */
    public void placeOnWaitingList(RiskRating risk, ExistingSupport support, OffsetDateTime at) {
        require(CaseStage.WITH_TEAM, "Only a case the team has not yet screened can go on the waiting list");
        this.rag = risk;
        this.existingSupport = support;
        this.waitingSince = at;
        this.waitingPriority = WaitingListOrder.priority(risk, support);
        this.stage = CaseStage.WAITING;
    }

    /** A lead professional takes the case (one per family wherever possible, 002 §3a1). */
    public void allocate(String worker, OffsetDateTime at) {
        if (stage != CaseStage.WITH_TEAM && stage != CaseStage.WAITING) {
            throw new ActionRefusedException(stage == CaseStage.ALLOCATED || stage == CaseStage.PLAN
                    ? "This case is already allocated to " + leadProfessional
                    : "Only a case with a team or on its waiting list can be allocated (this one is: " + stage.label() + ")");
        }
        this.leadProfessional = worker;
        this.allocatedAt = at;
        this.stage = CaseStage.ALLOCATED;
    }

    /** Hands the case to another lead professional in the team. */
    public void reallocate(String worker) {
        if (stage != CaseStage.ALLOCATED && stage != CaseStage.PLAN) {
            throw new ActionRefusedException("Only an allocated case can be given to another lead professional");
        }
        this.leadProfessional = worker;
    }

    public void completeAssessment(AssessmentType type, String summary, OffsetDateTime at) {
        completeAssessment(type, summary, java.util.Set.of(), at);
    }

    /** Records the assessment and the family programme criteria it found the family meets (002 §3b4, §13b). */
    public void completeAssessment(AssessmentType type, String summary, java.util.Set<ProgrammeCriterion> criteria, OffsetDateTime at) {
        require(CaseStage.ALLOCATED, "The assessment is recorded once the case is allocated and before the plan is agreed");
        this.criteriaMet = criteria.isEmpty() ? null : criteria.stream().sorted().map(Enum::name)
                .collect(java.util.stream.Collectors.joining(","));
        this.assessmentType = type;
        this.assessmentSummary = summary;
        this.assessmentCompletedAt = at;
    }

    /** The Family Action Plan is agreed with the family; the case moves to review through TAF meetings. */
    public void agreePlan(OffsetDateTime at) {
        require(CaseStage.ALLOCATED, "A plan is agreed once the case is allocated and assessed");
        if (assessmentCompletedAt == null) {
            throw new ActionRefusedException("Record the assessment before agreeing the Family Action Plan (002 §3b4)");
        }
        this.planAgreedAt = at;
        this.stage = CaseStage.PLAN;
    }

    /**
     * A practitioner starts a CAF for the child and holds it as lead professional (the City: 001 L1146-1150,
     * L1164-1173; issue 23): no front door decides; the level believed is the level the case works at.
     */
    public void startByPractitioner(String lead, OffsetDateTime at) {
        require(CaseStage.REFERRED, "This case has already started");
        this.decidedLevel = believedLevel;
        this.levelReasons = "The level the practitioner who started the CAF judged";
        this.decidedAt = at;
        this.decidedBy = lead;
        this.leadProfessional = lead;
        this.allocatedAt = at;
        this.stage = CaseStage.ALLOCATED;
    }

    /** The level of need changes while the case is open: a step up or a step down (001 L1126, L1151). */
    public void changeLevel(String level, String reasons) {
        if (stage == CaseStage.REFERRED || !stage.isOpen()) {
            throw new ActionRefusedException("The level changes on an open case once it has been taken on (this one is: "
                    + stage.label() + ")");
        }
        this.decidedLevel = level;
        this.levelReasons = reasons;
    }

    public void requireWorkable(String what) {
        if (stage != CaseStage.ALLOCATED && stage != CaseStage.PLAN) {
            throw new ActionRefusedException(what + " is recorded on an allocated case (this one is: " + stage.label() + ")");
        }
    }

    public void close(ClosureOutcome outcome, String reasons, ProgrammeStatus programme, OffsetDateTime at) {
        if (!stage.isOpen() || stage == CaseStage.REFERRED || stage == CaseStage.WITH_TEAM) {
            throw new ActionRefusedException("Only a case on the waiting list or allocated can be closed (this one is: "
                    + stage.label() + ")");
        }
        this.closureOutcome = outcome;
        this.closureReasons = reasons;
        this.programmeStatus = programme;
        this.closedAt = at;
        this.stage = CaseStage.CLOSED;
    }

    private void require(CaseStage expected, String otherwise) {
        if (stage != expected) {
            throw new ActionRefusedException(otherwise);
        }
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID indexChildId() {
        return indexChildId;
    }

    public String familyName() {
        return familyName;
    }

    public String referrerId() {
        return referrerId;
    }

    public String referrerName() {
        return referrerName;
    }

    public String referrerOrganisation() {
        return referrerOrganisation;
    }

    public String referrerRole() {
        return referrerRole;
    }

    public String referrerContact() {
        return referrerContact;
    }

    public ReferralRoute route() {
        return route;
    }

    public String concerns() {
        return concerns;
    }

    public String believedLevel() {
        return believedLevel;
    }

    public String decidedLevel() {
        return decidedLevel;
    }

    public String levelReasons() {
        return levelReasons;
    }

    public boolean urgent() {
        return urgent;
    }

    public String urgencyReason() {
        return urgencyReason;
    }

    public Optional<UUID> consentId() {
        return Optional.ofNullable(consentId).map(UUID::fromString);
    }

    public ConsentException consentException() {
        return consentException;
    }

    public CaseStage stage() {
        return stage;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public FrontDoorDecision decision() {
        return decision;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String teamCode() {
        return teamCode;
    }

    public RiskRating rag() {
        return rag;
    }

    public ExistingSupport existingSupport() {
        return existingSupport;
    }

    public OffsetDateTime waitingSince() {
        return waitingSince;
    }

    public Integer waitingPriority() {
        return waitingPriority;
    }

    public String leadProfessional() {
        return leadProfessional;
    }

    public OffsetDateTime allocatedAt() {
        return allocatedAt;
    }

    /** The family programme criteria the assessment found the family meets (002 §13b), in the order of §13a. */
    public java.util.Set<ProgrammeCriterion> criteriaMet() {
        java.util.Set<ProgrammeCriterion> met = java.util.EnumSet.noneOf(ProgrammeCriterion.class);
        if (criteriaMet != null && !criteriaMet.isBlank()) {
            for (String name : criteriaMet.split(",")) {
                met.add(ProgrammeCriterion.valueOf(name));
            }
        }
        return met;
    }

    public AssessmentType assessmentType() {
        return assessmentType;
    }

    public String assessmentSummary() {
        return assessmentSummary;
    }

    public OffsetDateTime assessmentCompletedAt() {
        return assessmentCompletedAt;
    }

    public OffsetDateTime planAgreedAt() {
        return planAgreedAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public ClosureOutcome closureOutcome() {
        return closureOutcome;
    }

    public String closureReasons() {
        return closureReasons;
    }

    public Optional<String> referralAssessment() {
        return Optional.ofNullable(referralAssessment);
    }

    public Optional<OffsetDateTime> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    public Optional<LocalDate> priorAssessmentOn() {
        return Optional.ofNullable(priorAssessmentOn);
    }

    public boolean monitoringOnly() {
        return monitoringOnly;
    }

    public ProgrammeStatus programmeStatus() {
        return programmeStatus;
    }

    /** What the referrer may know of the outcome: the stage, and the decision's reasons once decided. */
    public String outcomeForReferrer() {
        return switch (stage) {
            case REFERRED -> "Received; the front door has not yet decided";
            case WITH_TEAM -> "Accepted and passed to a team";
            case WAITING -> "Accepted; the family is on the team's waiting list";
            case ALLOCATED, PLAN -> "Accepted and allocated to a lead professional";
            case CLOSED -> "Closed: " + closureOutcome.label();
            case DECLINED, REDIRECTED -> decision.label() + ": " + decisionReasons;
        };
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
