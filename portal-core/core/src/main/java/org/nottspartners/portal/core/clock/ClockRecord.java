package org.nottspartners.portal.core.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.nottspartners.portal.core.calendar.ClockStatus;
import org.nottspartners.portal.core.calendar.StandardClock;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * A quality-standard clock as the core keeps it: on which piece of work (the subject: a referral, a
 * case), for which team and worker, started when, due by when under the timescale in force then, and
 * stopped when.
 */
@Entity
@Table(name = "core_standard_clock")
public class ClockRecord extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "clock";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "module_id", nullable = false, updatable = false, length = 64)
    private String moduleId;

    @Column(name = "standard_id", nullable = false, updatable = false, length = 64)
    private String standardId;

    @Column(name = "standard_name", nullable = false, updatable = false, length = 300)
    private String standardName;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 64)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 100)
    private String subjectId;

    @Column(name = "subject_label", nullable = false, length = 300)
    private String subjectLabel;

    @Column(name = "team", nullable = false, length = 100)
    private String team;

    @Column(name = "worker", length = 100)
    private String worker;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private OffsetDateTime dueAt;

    @Column(name = "due_rule", nullable = false, updatable = false, length = 60)
    private String dueRule;

    @Column(name = "stopped_at")
    private OffsetDateTime stoppedAt;

    /** The group manager who agreed to relax the standard for this piece of work (002 §3c5). */
    @Column(name = "relaxed_by", length = 100)
    private String relaxedBy;

    @Column(name = "relaxed_at")
    private OffsetDateTime relaxedAt;

    @Column(name = "relaxation_reason", length = 1000)
    private String relaxationReason;

    /** The relaxation holds until its weekly review is due; unreviewed, the clock counts as before. */
    @Column(name = "relaxation_review_due")
    private OffsetDateTime relaxationReviewDue;

    protected ClockRecord() {
        // for JPA
    }

    ClockRecord(String moduleId, ClockSubject subject, StandardClock clock) {
        this.id = UUID.randomUUID();
        this.moduleId = moduleId;
        this.standardId = clock.standard().id();
        this.standardName = clock.standard().name();
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.subjectLabel = subject.label();
        this.team = subject.team();
        this.worker = subject.worker();
        this.startedAt = clock.startedAt().atOffset(ZoneOffset.UTC);
        this.dueAt = clock.due().deadline().atOffset(ZoneOffset.UTC);
        this.dueRule = clock.standard().dueRule().inWords();
    }

    void stop(OffsetDateTime at) {
        this.stoppedAt = at.isBefore(startedAt) ? startedAt : at;
    }

    void assign(String team, String worker) {
        this.team = team;
        this.worker = worker;
    }

    /** A group manager relaxes the standard for this work, until the relaxation's review is due. */
    void relax(String by, String reason, OffsetDateTime at, OffsetDateTime reviewDue) {
        this.relaxedBy = by;
        this.relaxedAt = at;
        this.relaxationReason = reason;
        this.relaxationReviewDue = reviewDue;
    }

    /** The weekly review: the relaxation holds for another period, or ends and the clock counts as before. */
    void reviewRelaxation(boolean keep, OffsetDateTime nextReviewDue) {
        if (keep) {
            this.relaxationReviewDue = nextReviewDue;
        } else {
            this.relaxedBy = null;
            this.relaxedAt = null;
            this.relaxationReason = null;
            this.relaxationReviewDue = null;
        }
    }

    /** Whether the standard is relaxed at {@code now}: agreed, and its weekly review not yet missed. */
    public boolean isRelaxedAt(OffsetDateTime now) {
        return relaxedAt != null && relaxationReviewDue != null && !now.isAfter(relaxationReviewDue);
    }

    /** Where the clock stands at {@code now}, with {@code dueSoonFrom} the first deadline counted "due soon". */
    public ClockStatus status(OffsetDateTime now, OffsetDateTime dueSoonUntil) {
        if (stoppedAt != null && !stoppedAt.isAfter(now)) {
            return stoppedAt.isAfter(dueAt) ? ClockStatus.MET_LATE : ClockStatus.MET;
        }
        if (isRelaxedAt(now)) {
            return ClockStatus.RELAXED;
        }
        if (now.isAfter(dueAt)) {
            return ClockStatus.OVERDUE;
        }
        return dueAt.isAfter(dueSoonUntil) ? ClockStatus.IN_TIME : ClockStatus.DUE_SOON;
    }

    public String relaxedBy() {
        return relaxedBy;
    }

    public OffsetDateTime relaxedAt() {
        return relaxedAt;
    }

    public String relaxationReason() {
        return relaxationReason;
    }

    public OffsetDateTime relaxationReviewDue() {
        return relaxationReviewDue;
    }

    public UUID id() {
        return id;
    }

    public String moduleId() {
        return moduleId;
    }

    public String standardId() {
        return standardId;
    }

    public String standardName() {
        return standardName;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String subjectLabel() {
        return subjectLabel;
    }

    public String team() {
        return team;
    }

    public String worker() {
        return worker;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public String dueRule() {
        return dueRule;
    }

    public OffsetDateTime stoppedAt() {
        return stoppedAt;
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
