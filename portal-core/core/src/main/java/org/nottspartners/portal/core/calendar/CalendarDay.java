package org.nottspartners.portal.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One day a council marks in its calendar: a closure day, a bank holiday added or cancelled, an INSET
 * day. Configuration, outside row-level security ({@code for_tenant}); changed by the council's
 * administrators, audited.
 */
@Entity
@Table(name = "core_calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "for_tenant", nullable = false, length = 32)
    private String tenantId;

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CalendarDayKind kind;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CalendarDay() {
        // for JPA
    }

    public CalendarDay(String tenantId, LocalDate day, CalendarDayKind kind, String description) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.day = day;
        this.kind = kind;
        this.description = description.strip();
    }

    public UUID id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public CalendarDayKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }
}
