package org.nottspartners.portal.core.persistence;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.OffsetDateTime;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;

/** Stamps who changed a council's record and when, and audits every load, insert, update and delete of a council's record, whichever query or page caused it. */
public class RecordListener {

    @PrePersist
    @PreUpdate
    void stamp(TenantOwnedRecord record) {
        TextLimits.check(record);
        record.stamp(AuditTrail.actingUserId(), OffsetDateTime.now(org.nottspartners.portal.core.time.PortalClock.shared()));
    }

    @PostLoad
    void loaded(TenantOwnedRecord record) {
        AuditTrail.record(AuditTrail.readAction(), record.recordType(), record.recordId(), null);
    }

    @PostPersist
    void created(TenantOwnedRecord record) {
        AuditTrail.record(AuditAction.CREATE, record.recordType(), record.recordId(), null);
    }

    @PostUpdate
    void changed(TenantOwnedRecord record) {
        AuditTrail.record(AuditAction.UPDATE, record.recordType(), record.recordId(), null);
    }

    @PostRemove
    void deleted(TenantOwnedRecord record) {
        AuditTrail.record(AuditAction.DELETE, record.recordType(), record.recordId(), null);
    }
}
