package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A taxonomy term a service is classified by (the standard's attribute). */
@Entity
@Table(name = "dir_service_term")
public class ServiceTerm extends ServicePart {

    @Column(name = "term_id", nullable = false)
    private UUID termId;

    protected ServiceTerm() {
    }

    ServiceTerm(String tenantId, UUID id, UUID serviceId, UUID termId) {
        super(tenantId, id, serviceId);
        this.termId = termId;
    }

    public UUID termId() {
        return termId;
    }
}
