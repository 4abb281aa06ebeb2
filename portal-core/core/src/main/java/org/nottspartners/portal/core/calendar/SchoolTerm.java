package org.nottspartners.portal.core.calendar;

import org.nottspartners.portal.core.persistence.CouncilConfiguration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One run of a council's school term dates (a half term), for counting school sessions and school weeks.
 * Configuration, outside row-level security ({@code for_tenant}); changed by the council's
 * administrators, audited.
 */
@Entity
@Table(name = "core_school_term")
public class SchoolTerm extends CouncilConfiguration {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected SchoolTerm() {
        // for JPA
    }

    public SchoolTerm(String tenantId, String name, LocalDate startsOn, LocalDate endsOn) {
        super(tenantId);
        this.name = name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
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
