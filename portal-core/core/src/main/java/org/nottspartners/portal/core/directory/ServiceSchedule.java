package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.UUID;

/** When a service runs, as the standard writes it: weekly or monthly, on days ({@code MO,WE}), from a time to a time. */
@Entity
@Table(name = "dir_schedule")
public class ServiceSchedule extends ServicePart {

    @Column(name = "service_at_location_id", length = 36)
    private String serviceAtLocationId;

    @Column(name = "freq", nullable = false, length = 10)
    private String freq;

    @Column(name = "byday", length = 40)
    private String byday;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    @Column(name = "description", length = 500)
    private String description;

    protected ServiceSchedule() {
    }

    ServiceSchedule(String tenantId, UUID serviceId, ServiceForm.Schedule s) {
        super(tenantId, s.id(), serviceId);
        this.serviceAtLocationId = s.serviceAtLocationId() == null ? null : s.serviceAtLocationId().toString();
        this.freq = s.freq() == null ? "WEEKLY" : s.freq();
        this.byday = s.byday();
        this.opensAt = s.opensAt();
        this.closesAt = s.closesAt();
        this.description = s.description();
    }

    public UUID serviceAtLocationId() {
        return serviceAtLocationId == null ? null : UUID.fromString(serviceAtLocationId);
    }

    public String freq() {
        return freq;
    }

    public String byday() {
        return byday;
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }

    public String description() {
        return description;
    }

    /** In words: "Monday, Wednesday 9:30am to 12pm". */
    public String inWords() {
        StringBuilder b = new StringBuilder();
        if (byday != null && !byday.isBlank()) {
            b.append(Days.names(byday));
        }
        if (opensAt != null && closesAt != null) {
            b.append(b.isEmpty() ? "" : " ").append(Days.time(opensAt)).append(" to ").append(Days.time(closesAt));
        }
        if (description != null && !description.isBlank()) {
            b.append(b.isEmpty() ? "" : " (").append(description).append(b.isEmpty() ? "" : ")");
        }
        return b.toString();
    }
}
