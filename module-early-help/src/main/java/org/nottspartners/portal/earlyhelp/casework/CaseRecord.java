package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A record kept against an early help case: a TAF meeting, a plan target, an engagement attempt, an event, a letter. */
@MappedSuperclass
public abstract class CaseRecord extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    protected CaseRecord() {
        // for JPA
    }

    protected CaseRecord(UUID caseId) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
