package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import java.time.OffsetDateTime;

/** One line of a case's history: a decision, an allocation, a dispute raised or escalated, a letter sent. */
@Entity
@Table(name = "eh_case_event")
public class CaseEvent extends CaseRecord {

    public static final String RECORD_TYPE = "early-help-event";


    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "by_user", nullable = false, length = 100)
    private String byUser;

    @Column(name = "description", nullable = false)
    private String description;

    protected CaseEvent() {
        // for JPA
    }

    public CaseEvent(UUID caseId, OffsetDateTime happenedAt, String kind, String byUser, String description) {
        super(caseId);
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.byUser = byUser;
        this.description = description;
    }


    public OffsetDateTime happenedAt() {
        return happenedAt;
    }

    public String kind() {
        return kind;
    }

    public String byUser() {
        return byUser;
    }

    public String description() {
        return description;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }
}
