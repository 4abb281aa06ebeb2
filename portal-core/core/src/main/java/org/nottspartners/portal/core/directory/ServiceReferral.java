package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * The service in the council's directory a family is referred to, as a module's record keeps it (a plan's target, a
 * piece of commissioned work): its id, and its name as it was when chosen, so that the record still reads right if the
 * entry is renamed or closes. Columns {@code service_id} and {@code service_name} in the module's own table. Made by
 * {@link Directory#referralTo}, which checks the service is in this council's directory and still running.
 */
@Embeddable
public class ServiceReferral {

    @Column(name = "service_id", length = 36)
    private String serviceId;

    @Column(name = "service_name", length = 200)
    private String serviceName;

    protected ServiceReferral() {
        // for JPA
    }

    ServiceReferral(UUID serviceId, String serviceName) {
        this.serviceId = serviceId.toString();
        this.serviceName = serviceName;
    }

    /** The service's id, or null when the record names none. */
    public UUID serviceId() {
        return serviceId == null ? null : UUID.fromString(serviceId);
    }

    public String serviceName() {
        return serviceName;
    }

    /** Null-safe reading of a record's referral, which JPA leaves null when it names no service. */
    public static UUID idOf(ServiceReferral r) {
        return r == null ? null : r.serviceId();
    }

    public static String nameOf(ServiceReferral r) {
        return r == null ? null : r.serviceName();
    }
}
