package org.nottspartners.portal.core.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * One line of the history of something a module keeps (an early help case, an attendance enforcement case, a
 * licence application): when it happened, what kind of step it was, who took it, and what happened, in words.
 * Entries are written once and never changed.
 */
@Entity
@Table(name = "core_history_entry")
public class HistoryEntry extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private OffsetDateTime happenedAt;

    @Column(name = "kind", nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(name = "by_user", nullable = false, updatable = false, length = 100)
    private String byUser;

    @Column(name = "description", nullable = false, updatable = false)
    private String description;

    protected HistoryEntry() {
        // for JPA
    }

    public HistoryEntry(String subjectType, UUID subjectId, OffsetDateTime happenedAt, String kind, String byUser,
            String description) {
        this.id = UUID.randomUUID();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.byUser = byUser;
        this.description = description;
    }

    public UUID id() {
        return id;
    }

    public String subjectType() {
        return subjectType;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public OffsetDateTime happenedAt() {
        return happenedAt;
    }

    public String kind() {
        return kind;
    }

    public String byUser() {
        return byUser;
    }

    public String description() {
        return description;
    }

    /** Audited as a read of the subject's history: one read per subject and request, however many lines. */
    @Override
    public String recordType() {
        return subjectType + "-history";
    }

    @Override
    public String recordId() {
        return subjectId.toString();
    }
}
