package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Work the lead professional commissions from the Interventions Team or the Intensive Support and
 * Parenting Team for a family on the case (002 §4-§5), with its steps and non-engagement (§7e).
 */
@Entity
@Table(name = "eh_intervention")
public class Intervention extends CaseRecord {

    public static final String RECORD_TYPE = "early-help-intervention";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private InterventionKind kind;

    @Column(name = "worker", nullable = false, length = 100)
    private String worker;

    @Column(name = "purpose", nullable = false, length = 1000)
    private String purpose;

    /** The directory service the work refers the family to (issue 19), if any. */
    @jakarta.persistence.Embedded
    private org.nottspartners.portal.core.directory.ServiceReferral service;

    @Column(name = "allocated_at", nullable = false)
    private OffsetDateTime allocatedAt;

    @Column(name = "planning_meeting_at")
    private OffsetDateTime planningMeetingAt;

    @Column(name = "first_visit_at")
    private OffsetDateTime firstVisitAt;

    @Column(name = "plan_written_at")
    private OffsetDateTime planWrittenAt;

    @Column(name = "first_session_at")
    private OffsetDateTime firstSessionAt;

    @Column(name = "last_review_at")
    private OffsetDateTime lastReviewAt;

    @Column(name = "service_manager_agreed_at")
    private OffsetDateTime serviceManagerAgreedAt;

    @Column(name = "non_engagements", nullable = false)
    private int nonEngagements;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closure_reason", length = 1000)
    private String closureReason;

    protected Intervention() {
        // for JPA
    }

    public Intervention(UUID caseId, InterventionKind kind, String worker, String purpose, OffsetDateTime allocatedAt) {
        super(caseId);
        this.kind = kind;
        this.worker = worker;
        this.purpose = purpose;
        this.allocatedAt = allocatedAt;
    }

    /** Records a step; the caller has checked it may be recorded ({@link InterventionRules#refusal}). */
    void record(InterventionStep step, OffsetDateTime at) {
        switch (step) {
            case PLANNING_MEETING -> planningMeetingAt = at;
            case FIRST_VISIT -> firstVisitAt = at;
            case PLAN_WRITTEN -> planWrittenAt = at;
            case FIRST_SESSION -> firstSessionAt = at;
            case REVIEW -> lastReviewAt = at;
            case NON_ENGAGEMENT -> nonEngagements++;
            case SERVICE_MANAGER_AGREED -> serviceManagerAgreedAt = at;
            default -> throw new IllegalArgumentException("Unknown step " + step);
        }
    }

    void close(String reason, OffsetDateTime at) {
        this.closureReason = reason;
        this.closedAt = at;
    }

    public InterventionRules.Progress progress() {
        return new InterventionRules.Progress(planningMeetingAt != null, firstVisitAt != null, planWrittenAt != null,
                firstSessionAt != null, serviceManagerAgreedAt != null, nonEngagements, closedAt != null);
    }

    public InterventionKind kind() {
        return kind;
    }

    public String worker() {
        return worker;
    }

    public String purpose() {
        return purpose;
    }

    void referTo(org.nottspartners.portal.core.directory.ServiceReferral referral) {
        this.service = referral;
    }

    public UUID serviceId() {
        return org.nottspartners.portal.core.directory.ServiceReferral.idOf(service);
    }

    public String serviceName() {
        return org.nottspartners.portal.core.directory.ServiceReferral.nameOf(service);
    }

    public OffsetDateTime allocatedAt() {
        return allocatedAt;
    }

    public OffsetDateTime planningMeetingAt() {
        return planningMeetingAt;
    }

    public OffsetDateTime firstVisitAt() {
        return firstVisitAt;
    }

    public OffsetDateTime planWrittenAt() {
        return planWrittenAt;
    }

    public OffsetDateTime firstSessionAt() {
        return firstSessionAt;
    }

    public OffsetDateTime lastReviewAt() {
        return lastReviewAt;
    }

    public OffsetDateTime serviceManagerAgreedAt() {
        return serviceManagerAgreedAt;
    }

    public int nonEngagements() {
        return nonEngagements;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String closureReason() {
        return closureReason;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }
}
