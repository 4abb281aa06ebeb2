package org.nottspartners.portal.licensing.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** One day of an application: a performance or rehearsal at the venue, or a time at work, with its times. */
@Entity
@Table(name = "lic_application_day")
public class ApplicationDay extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private LocalTime start;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private LocalTime end;

    protected ApplicationDay() {
    }

    ApplicationDay(UUID applicationId, LocalDate day, LocalTime start, LocalTime end) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.day = day;
        this.start = start;
        this.end = end;
    }

    @Override
    public String recordType() {
        return "licence-application-day";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    public LocalDate day() {
        return day;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }
}
