package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** One attempt to engage a family, a step of the non-engagement sequence (002 §3c3). */
@Entity
@Table(name = "eh_engagement_attempt")
public class EngagementAttempt extends CaseRecord {

    public static final String RECORD_TYPE = "engagement-attempt";


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
        super(caseId);
        this.step = step;
        this.doneAt = doneAt;
        this.note = note;
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
}
