package org.nottspartners.portal.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * A piece of a council's configuration (a setting, a calendar day, a ward, a threshold level, a team):
 * installation data rather than the council's records, so kept outside row-level security in a
 * {@code for_tenant} column that every query names, changed only by the council's administrators (and
 * audited by them), versioned for optimistic locking.
 */
@MappedSuperclass
public abstract class CouncilConfiguration {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "for_tenant", nullable = false, updatable = false, length = 32)
    private String tenantId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CouncilConfiguration() {
        // for JPA
    }

    protected CouncilConfiguration(String tenantId) {
        this.id = UUID.randomUUID();
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
