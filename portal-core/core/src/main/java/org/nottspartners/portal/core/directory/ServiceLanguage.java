package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A language a service is offered in. */
@Entity
@Table(name = "dir_language")
public class ServiceLanguage extends ServicePart {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected ServiceLanguage() {
    }

    ServiceLanguage(String tenantId, UUID id, UUID serviceId, String name) {
        super(tenantId, id, serviceId);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
