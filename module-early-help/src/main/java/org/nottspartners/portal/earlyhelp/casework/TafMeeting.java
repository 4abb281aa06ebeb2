package org.nottspartners.portal.earlyhelp.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;
import java.time.LocalDate;

/** A Team Around the Family meeting held on a case (RULES.md §3; 002 §3d). */
@Entity
@Table(name = "eh_taf_meeting")
public class TafMeeting extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "taf-meeting";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "family_present", nullable = false)
    private boolean familyPresent;

    @Column(name = "attendees", nullable = false)
    private String attendees;

    @Column(name = "summary", nullable = false)
    private String summary;

    protected TafMeeting() {
        // for JPA
    }

    public TafMeeting(UUID caseId, LocalDate heldOn, boolean familyPresent, String attendees, String summary) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.familyPresent = familyPresent;
        this.attendees = attendees;
        this.summary = summary;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public boolean familyPresent() {
        return familyPresent;
    }

    public String attendees() {
        return attendees;
    }

    public String summary() {
        return summary;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
