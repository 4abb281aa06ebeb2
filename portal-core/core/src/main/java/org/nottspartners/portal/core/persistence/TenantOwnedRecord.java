package org.nottspartners.portal.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * A record that belongs to one council. EclipseLink adds {@code tenant_id = <current council>} to every
 * query of it (JPQL, criteria, joins, counts, bulk updates and deletes) and fills it on insert; and
 * PostgreSQL's row-level security, switched on by the core for every table with a {@code tenant_id}
 * column, refuses other councils' rows to anything else (native SQL included). Every such record is
 * versioned for optimistic locking, stamped with who created and last changed it and when, and audited
 * on every load and change by {@link RecordListener}.
 */
@MappedSuperclass
@EntityListeners(RecordListener.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.JPA_PROPERTY, length = 32)
public abstract class TenantOwnedRecord {

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    /** The kind of record, as the audit trail names it ({@code person}). */
    public abstract String recordType();

    /** The record's identifier, as the audit trail names it. */
    public abstract String recordId();

    /** Called by the core's record listener only. */
    public void stamp(String by, OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
            createdBy = by;
        }
        changedAt = at;
        changedBy = by;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    /** The council the record belongs to. */
    public String tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }
}
