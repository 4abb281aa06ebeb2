package org.nottspartners.portal.core.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * Access to one record given to one user (RULES.md §2 "Who may see what": a practitioner in the Team around the
 * Child sees that case and no other; issue 23): who, in what part (the lead professional, a member of the team),
 * from which agency, given by whom and when, and, once they leave, taken back by whom and when. A grant is never
 * deleted: the record of who could see a case is itself kept.
 */
@Entity
@Table(name = "core_record_grant")
public class RecordGrant extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "record_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "user_name", nullable = false, updatable = false, length = 100)
    private String userName;

    @Column(name = "user_label", nullable = false, updatable = false, length = 200)
    private String userLabel;

    @Column(name = "agency", nullable = false, updatable = false, length = 100)
    private String agency;

    @Column(name = "part", nullable = false, updatable = false, length = 100)
    private String part;

    @Column(name = "granted_by", nullable = false, updatable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected RecordGrant() {
        // for JPA
    }

    RecordGrant(String subjectType, UUID subjectId, String userName, String userLabel, String agency, String part,
            String grantedBy, OffsetDateTime grantedAt) {
        this.id = UUID.randomUUID();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.userName = userName;
        this.userLabel = userLabel;
        this.agency = agency;
        this.part = part;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    void revoke(String by, OffsetDateTime at) {
        this.revokedBy = by;
        this.revokedAt = at;
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

    public String userName() {
        return userName;
    }

    /** The user's name as the directory gave it when access was granted. */
    public String userLabel() {
        return userLabel;
    }

    public String agency() {
        return agency;
    }

    /** The part they play: "Team around the Child", say. */
    public String part() {
        return part;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public OffsetDateTime grantedAt() {
        return grantedAt;
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public boolean active() {
        return revokedAt == null;
    }

    @Override
    public String recordType() {
        return "record-grant";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
