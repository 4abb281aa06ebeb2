package org.nottspartners.portal.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One run of a council's school term dates (a half term), for counting school sessions and school weeks.
 * Configuration, outside row-level security ({@code for_tenant}); changed by the council's
 * administrators, audited.
 */
@Entity
@Table(name = "core_school_term")
public class SchoolTerm {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "for_tenant", nullable = false, length = 32)
    private String tenantId;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SchoolTerm() {
        // for JPA
    }

    public SchoolTerm(String tenantId, String name, LocalDate startsOn, LocalDate endsOn) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public TermDates asTermDates() {
        return new TermDates(startsOn, endsOn);
    }
}
