package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A service delivered at a location (the standard's service_at_location). */
@Entity
@Table(name = "dir_service_at_location")
public class ServiceAtLocation extends ServicePart {

    @Column(name = "location_id", nullable = false)
    private UUID locationId;

    protected ServiceAtLocation() {
    }

    ServiceAtLocation(String tenantId, UUID id, UUID serviceId, UUID locationId) {
        super(tenantId, id, serviceId);
        this.locationId = locationId;
    }

    public UUID locationId() {
        return locationId;
    }
}
