package org.nottspartners.portal.core.casenote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * A case note about a person: its type, the date of the event, the author (the record's creator) and
 * when it was recorded (its creation time), whether it was recorded late, and, for an amendment, the
 * note it amends.
 */
@Entity
@Table(name = "core_case_note")
public class CaseNote extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40)
    private CaseNoteType type;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "risk_identified", nullable = false)
    private boolean riskIdentified;

    @Column(name = "recorded_late", nullable = false)
    private boolean recordedLate;

    /** Text, not uuid: EclipseLink 4.0.1 (Payara 6) cannot write a null UUID. */
    @Column(name = "amends_note_id", length = 36)
    private String amendsNoteId;

    @Column(name = "summary", nullable = false)
    private String summary;
    @Column(name = "who")
    private String who;
    @Column(name = "aim")
    private String aim;
    @Column(name = "method")
    private String method;
    @Column(name = "outcome")
    private String outcome;
    @Column(name = "actions")
    private String actions;
    @Column(name = "caller_number", length = 40)
    private String callerNumber;
    @Column(name = "caller_name", length = 200)
    private String callerName;
    @Column(name = "caller_role", length = 200)
    private String callerRole;
    @Column(name = "call_purpose")
    private String callPurpose;

    protected CaseNote() {
        // for JPA
    }

    public CaseNote(UUID personId, CaseNoteType type, LocalDate eventDate, String authorName, boolean riskIdentified,
            boolean recordedLate, UUID amendsNoteId, CaseNoteContent content) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.type = type;
        this.eventDate = eventDate;
        this.authorName = authorName;
        this.riskIdentified = riskIdentified;
        this.recordedLate = recordedLate;
        this.amendsNoteId = amendsNoteId == null ? null : amendsNoteId.toString();
        write(content);
    }

    /** Replaces what the note says (only within the edit window; see {@link CaseNoteRules}). */
    public void write(CaseNoteContent c) {
        this.summary = c.summary();
        this.who = c.who();
        this.aim = c.aim();
        this.method = c.method();
        this.outcome = c.outcome();
        this.actions = c.actions();
        this.callerNumber = c.callerNumber();
        this.callerName = c.callerName();
        this.callerRole = c.callerRole();
        this.callPurpose = c.callPurpose();
    }

    public CaseNoteContent content() {
        return new CaseNoteContent(summary, who, aim, method, outcome, actions, callerNumber, callerName, callerRole, callPurpose);
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public CaseNoteType type() {
        return type;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public String authorName() {
        return authorName;
    }

    public boolean riskIdentified() {
        return riskIdentified;
    }

    public boolean recordedLate() {
        return recordedLate;
    }

    public UUID amendsNoteId() {
        return amendsNoteId == null ? null : UUID.fromString(amendsNoteId);
    }

    @Override
    public String recordType() {
        return "case-note";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
