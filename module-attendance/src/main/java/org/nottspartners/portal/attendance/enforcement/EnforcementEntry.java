package org.nottspartners.portal.attendance.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.ContactType;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.Stage;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** One line of an enforcement case's chronology: a stage reached, a contact, a breach of a parenting order, a note. */
@Entity
@Table(name = "att_enforcement_entry")
public class EnforcementEntry extends TenantOwnedRecord {

    /** What the line records. */
    public enum Kind {
        STAGE, CONTACT, BREACH, NOTE
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate on;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 30, updatable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_type", length = 30, updatable = false)
    private ContactType contactType;

    @Column(name = "detail", nullable = false, length = 2000, updatable = false)
    private String detail;

    /** For a breach of a parenting order: whether the parent's reason was acceptable. */
    @Column(name = "acceptable", updatable = false)
    private Boolean acceptable;

    protected EnforcementEntry() {
        // for JPA
    }

    EnforcementEntry(UUID caseId, LocalDate on, Kind kind, Stage stage, ContactType contactType, String detail) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.on = on;
        this.kind = kind;
        this.stage = stage;
        this.contactType = contactType;
        this.detail = detail;
    }

    static EnforcementEntry breach(UUID caseId, LocalDate on, boolean acceptable, String detail) {
        EnforcementEntry e = new EnforcementEntry(caseId, on, Kind.BREACH, null, null, detail);
        e.acceptable = acceptable;
        return e;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public LocalDate on() { return on; }
    public Kind kind() { return kind; }
    public Stage stage() { return stage; }
    public ContactType contactType() { return contactType; }
    public String detail() { return detail; }
    public Boolean acceptable() { return acceptable; }

    @Override
    public String recordType() {
        return "enforcement-entry";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
