package org.nottspartners.portal.licensing.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * A notification that a child is working or performing without a licence or permit: what was reported and by whom,
 * and where the officer's follow-up has got to (its steps are kept as {@link FollowUp}s).
 */
@Entity
@Table(name = "lic_unlicensed_work")
public class UnlicensedWork extends TenantOwnedRecord {

    /** The follow-up of 002 §14d, in order; CLOSED ends it. */
    public enum Step {
        INFORMATION_REQUESTED("Information requested from the employer or producer"),
        HELPED_TO_APPLY("Helped to apply for a licence or permit"),
        INSPECTED("Inspected"),
        REFERRED_TO_MASH("Referred to the MASH"),
        LEGAL_ACTION("Legal action taken"),
        CLOSED("Closed");

        private final String inWords;

        Step(String inWords) {
            this.inWords = inWords;
        }

        public String inWords() {
            return inWords;
        }
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "reported_by", nullable = false, updatable = false, length = 200)
    private String reportedBy;

    @Column(name = "by_public", nullable = false, updatable = false)
    private boolean byPublic;

    @Column(name = "child", nullable = false, updatable = false, length = 500)
    private String child;

    @Column(name = "work", nullable = false, updatable = false, length = 2000)
    private String work;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private OffsetDateTime reportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_step", length = 30)
    private Step lastStep;

    protected UnlicensedWork() {
    }

    UnlicensedWork(String reportedBy, boolean byPublic, String child, String work, OffsetDateTime reportedAt) {
        this.id = UUID.randomUUID();
        this.reportedBy = reportedBy;
        this.byPublic = byPublic;
        this.child = child;
        this.work = work;
        this.reportedAt = reportedAt;
    }

    @Override
    public String recordType() {
        return "unlicensed-work";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    void step(Step step) {
        this.lastStep = step;
    }

    public UUID id() {
        return id;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public boolean byPublic() {
        return byPublic;
    }

    public String child() {
        return child;
    }

    public String work() {
        return work;
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }

    public Step lastStep() {
        return lastStep;
    }

    public boolean isOpen() {
        return lastStep != Step.CLOSED;
    }
}
