package org.nottspartners.portal.core.merge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * Two records of the same person merged: the loser is kept as a tombstone pointing to the winner, and
 * every reference re-pointed is listed here (one line each, {@code FamilyMember.personId <row id>}) so
 * that an administrator can undo exactly that.
 */
@Entity
@Table(name = "core_person_merge")
public class PersonMerge extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "person-merge";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "winner_id", nullable = false, updatable = false)
    private UUID winnerId;

    @Column(name = "loser_id", nullable = false, updatable = false)
    private UUID loserId;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "repointed", nullable = false, updatable = false)
    private String repointed;

    @Column(name = "undone_at")
    private OffsetDateTime undoneAt;

    @Column(name = "undone_by", length = 100)
    private String undoneBy;

    @Column(name = "undo_reason")
    private String undoReason;

    protected PersonMerge() {
        // for JPA
    }

    PersonMerge(UUID winnerId, UUID loserId, String reason, Map<String, List<String>> repointedRows) {
        this.id = UUID.randomUUID();
        this.winnerId = winnerId;
        this.loserId = loserId;
        this.reason = reason;
        StringBuilder lines = new StringBuilder();
        repointedRows.forEach((key, rows) -> rows.forEach(row -> lines.append(key).append(' ').append(row).append('\n')));
        this.repointed = lines.toString();
    }

    /** The rows re-pointed, by reference key ({@link PersonReference#key()}). */
    public Map<String, List<String>> repointedRows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : repointed.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split(" ", 2);
                rows.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
            }
        }
        return rows;
    }

    void undo(String by, String why, OffsetDateTime at) {
        this.undoneAt = at;
        this.undoneBy = by;
        this.undoReason = why;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID winnerId() {
        return winnerId;
    }

    public UUID loserId() {
        return loserId;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime undoneAt() {
        return undoneAt;
    }

    public String undoneBy() {
        return undoneBy;
    }

    public String undoReason() {
        return undoReason;
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
