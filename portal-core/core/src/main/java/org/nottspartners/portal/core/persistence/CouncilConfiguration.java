package org.nottspartners.portal.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.nottspartners.portal.core.scope.TenantScope;
import java.util.UUID;

/**
 * A piece of a council's configuration (a setting, a calendar day, a ward, a letter's wording, a threshold level, a
 * team), changed only by the council's administrators (and audited by them), versioned for optimistic locking. It
 * has the councils' one tenancy model, as their records do: EclipseLink adds the council of the request to every
 * query and fills it on insert (the {@code for_tenant} column), and PostgreSQL's row-level security refuses other
 * councils' rows to anything else, so no query names the council by hand.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "for_tenant", contextProperty = TenantScope.JPA_PROPERTY, length = 32)
public abstract class CouncilConfiguration {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "for_tenant", insertable = false, updatable = false, length = 32)
    private String tenantId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CouncilConfiguration() {
        // for JPA
    }

    /**
     * For the council of the request: inside a council, configuration is only ever made for that council (EclipseLink
     * stores the council of the request, so a different one here would be a mistake that is refused, not moved).
     */
    protected CouncilConfiguration(String tenantId) {
        this(tenantId, UUID.randomUUID());
    }

    /** With an identifier given from outside (one the council published before, or one read from another directory). */
    protected CouncilConfiguration(String tenantId, UUID id) {
        if (TenantScope.current().filter(current -> !current.isEmpty() && !current.equals(tenantId)).isPresent()) {
            throw new IllegalStateException("Configuration for " + tenantId + " written outside that council");
        }
        this.id = java.util.Objects.requireNonNull(id);
        this.tenantId = tenantId;
    }

    public UUID id() {
        return id;
    }

    /** The council the configuration belongs to. */
    public String tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }
}
