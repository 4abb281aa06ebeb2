package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.CouncilConfiguration;

/** A part of a service's entry (a schedule, a place, a contact, a cost, a language, a term), replaced with the entry. */
@MappedSuperclass
public abstract class ServicePart extends CouncilConfiguration {

    @Column(name = "service_id", nullable = false, updatable = false)
    private UUID serviceId;

    protected ServicePart() {
    }

    protected ServicePart(String tenantId, UUID id, UUID serviceId) {
        super(tenantId, id == null ? UUID.randomUUID() : id);
        this.serviceId = serviceId;
    }

    public UUID serviceId() {
        return serviceId;
    }
}
