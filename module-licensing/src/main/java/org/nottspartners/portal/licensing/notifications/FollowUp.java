package org.nottspartners.portal.licensing.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A step of the officer's follow-up of a notification, with what was done. */
@Entity
@Table(name = "lic_follow_up")
public class FollowUp extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private UUID notificationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, updatable = false, length = 30)
    private UnlicensedWork.Step step;

    @Column(name = "note", nullable = false, updatable = false, length = 2000)
    private String note;

    @Column(name = "done_at", nullable = false, updatable = false)
    private OffsetDateTime doneAt;

    @Column(name = "done_by", nullable = false, updatable = false, length = 200)
    private String doneBy;

    protected FollowUp() {
    }

    FollowUp(UUID notificationId, UnlicensedWork.Step step, String note, OffsetDateTime doneAt, String doneBy) {
        this.id = UUID.randomUUID();
        this.notificationId = notificationId;
        this.step = step;
        this.note = note;
        this.doneAt = doneAt;
        this.doneBy = doneBy;
    }

    @Override
    public String recordType() {
        return "unlicensed-work-follow-up";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    public UnlicensedWork.Step step() {
        return step;
    }

    public String note() {
        return note;
    }

    public OffsetDateTime doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }
}
