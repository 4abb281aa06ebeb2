package org.nottspartners.portal.attendance.letters;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A letter sent to a parent about a child's attendance, kept as sent (PDF); read and written under the core's audit. */
@Entity
@Table(name = "att_letter")
public class AttendanceLetter extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "attendance-letter";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "parent_id", nullable = false, updatable = false)
    private UUID parentId;

    /**
     * What the letter belongs to: an enforcement case or a penalty notice (never null: EclipseLink 4.0 cannot write a
     * null UUID, eclipse-ee4j/eclipselink#2031, so the link is a kind and an id rather than two nullable columns).
     */
    @Column(name = "about_type", nullable = false, length = 30, updatable = false)
    private String aboutType;

    @Column(name = "about_id", nullable = false, updatable = false)
    private UUID aboutId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40, updatable = false)
    private AttendanceLetterKind kind;

    @Column(name = "dated", nullable = false, updatable = false)
    private LocalDate dated;

    @Column(name = "recipient", nullable = false, length = 200, updatable = false)
    private String recipient;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    protected AttendanceLetter() {
        // for JPA
    }

    AttendanceLetter(UUID childId, UUID parentId, String aboutType, UUID aboutId, AttendanceLetterKind kind, LocalDate dated,
            String recipient, String fileName, byte[] pdf) {
        this.id = UUID.randomUUID();
        this.childId = childId;
        this.parentId = parentId;
        this.aboutType = aboutType;
        this.aboutId = aboutId;
        this.kind = kind;
        this.dated = dated;
        this.recipient = recipient;
        this.fileName = fileName;
        this.pdf = pdf;
    }

    public UUID id() {
        return id;
    }

    public UUID childId() {
        return childId;
    }

    public UUID parentId() {
        return parentId;
    }

    public String aboutType() {
        return aboutType;
    }

    public UUID aboutId() {
        return aboutId;
    }

    public AttendanceLetterKind kind() {
        return kind;
    }

    public LocalDate dated() {
        return dated;
    }

    public String recipient() {
        return recipient;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] pdf() {
        return pdf;
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
