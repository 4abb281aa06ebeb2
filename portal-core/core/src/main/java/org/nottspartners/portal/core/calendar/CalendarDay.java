package org.nottspartners.portal.core.calendar;

import org.nottspartners.portal.core.persistence.CouncilConfiguration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One day a council marks in its calendar: a closure day, a bank holiday added or cancelled, an INSET
 * day. Configuration, outside row-level security ({@code for_tenant}); changed by the council's
 * administrators, audited.
 */
@Entity
@Table(name = "core_calendar_day")
public class CalendarDay extends CouncilConfiguration {

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private CalendarDayKind kind;

    @Column(name = "description", nullable = false, length = 200)
    private String description;

    protected CalendarDay() {
        // for JPA
    }

    public CalendarDay(String tenantId, LocalDate day, CalendarDayKind kind, String description) {
        super(tenantId);
        this.day = day;
        this.kind = kind;
        this.description = description.strip();
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
