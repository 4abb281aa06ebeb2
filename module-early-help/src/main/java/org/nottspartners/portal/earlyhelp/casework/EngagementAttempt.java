package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** One attempt to engage a family, a step of the non-engagement sequence (002 §3c3). */
@Entity
@Table(name = "eh_engagement_attempt")
public class EngagementAttempt extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "engagement-attempt";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 40)
    private EngagementStep step;

    @Column(name = "done_at", nullable = false)
    private OffsetDateTime doneAt;

    @Column(name = "note", nullable = false)
    private String note;

    protected EngagementAttempt() {
        // for JPA
    }

    public EngagementAttempt(UUID caseId, EngagementStep step, OffsetDateTime doneAt, String note) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.step = step;
        this.doneAt = doneAt;
        this.note = note;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public EngagementStep step() {
        return step;
    }

    public OffsetDateTime doneAt() {
        return doneAt;
    }

    public String note() {
        return note;
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
