package org.nottspartners.portal.attendance.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.Stage;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** An enforcement case: one parent of one child on the pathway, at one stage since a day. */
@Entity
@Table(name = "att_enforcement_case")
public class EnforcementCase extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "parent_id", nullable = false, updatable = false)
    private UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30)
    private Stage stage;

    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    @Column(name = "improve_weeks")
    private Integer improveWeeks;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_reason", length = 1000)
    private String closedReason;

    protected EnforcementCase() {
        // for JPA
    }

    EnforcementCase(UUID childId, UUID parentId, Stage stage, LocalDate on, Integer improveWeeks) {
        this.id = UUID.randomUUID();
        this.childId = childId;
        this.parentId = parentId;
        this.stage = stage;
        this.stageSince = on;
        this.openedOn = on;
        this.improveWeeks = improveWeeks;
    }

    void moveTo(Stage next, LocalDate on, String reason) {
        this.stage = next;
        this.stageSince = on;
        if (next == Stage.CLOSED) {
            this.closedOn = on;
            this.closedReason = reason;
        }
    }

    /** The case's reference in letters and on screen: ENF- and the first part of its id. */
    public String reference() {
        return "ENF-" + id.toString().substring(0, 8).toUpperCase(Locale.UK);
    }

    public UUID id() { return id; }
    public UUID childId() { return childId; }
    public UUID parentId() { return parentId; }
    public Stage stage() { return stage; }
    public LocalDate stageSince() { return stageSince; }
    public Integer improveWeeks() { return improveWeeks; }
    public LocalDate openedOn() { return openedOn; }
    public LocalDate closedOn() { return closedOn; }
    public String closedReason() { return closedReason; }

    @Override
    public String recordType() {
        return "enforcement-case";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
