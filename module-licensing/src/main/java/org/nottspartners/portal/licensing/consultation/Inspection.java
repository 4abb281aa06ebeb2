package org.nottspartners.portal.licensing.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** An unannounced inspection of a venue or lodgings under a licence (002 §14a): when, where, and what was found. */
@Entity
@Table(name = "lic_inspection")
public class Inspection extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate on;

    @Column(name = "place", nullable = false, updatable = false, length = 500)
    private String place;

    @Column(name = "findings", nullable = false, updatable = false, length = 4000)
    private String findings;

    @Column(name = "satisfactory", nullable = false, updatable = false)
    private boolean satisfactory;

    protected Inspection() {
    }

    Inspection(UUID applicationId, LocalDate on, String place, String findings, boolean satisfactory) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.on = on;
        this.place = place;
        this.findings = findings;
        this.satisfactory = satisfactory;
    }

    @Override
    public String recordType() {
        return "licence-inspection";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    public LocalDate on() {
        return on;
    }

    public String place() {
        return place;
    }

    public String findings() {
        return findings;
    }

    public boolean satisfactory() {
        return satisfactory;
    }
}
