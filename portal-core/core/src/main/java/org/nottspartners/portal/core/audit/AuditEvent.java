package org.nottspartners.portal.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.nottspartners.portal.core.scope.TenantScope;

/** One audit event, read-only to the application (written only by {@link AuditTrail}). */
@Entity
@ReadOnly
@Table(name = "core_audit_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.JPA_PROPERTY, length = 32)
public class AuditEvent {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "user_name")
    private String userName;

    @Column(name = "organisation")
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private AuditAction action;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(name = "reason")
    private String reason;

    /** The page or API call the event was made from (absent on events recorded before it was kept). */
    @Column(name = "source")
    private String source;

    protected AuditEvent() {
        // for JPA
    }

    public String source() {
        return source;
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String userId() {
        return userId;
    }

    public String userName() {
        return userName;
    }

    public String organisation() {
        return organisation;
    }

    public AuditAction action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String reason() {
        return reason;
    }
}
