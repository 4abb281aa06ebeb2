package org.nottspartners.portal.licensing.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** The school's view of an application, asked of one school user by the licensing officer and answered by them. */
@Entity
@Table(name = "lic_school_view")
public class SchoolView extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Column(name = "school_user", nullable = false, updatable = false, length = 100)
    private String schoolUser;

    @Column(name = "school_user_name", nullable = false, updatable = false, length = 200)
    private String schoolUserName;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "answer", length = 4000)
    private String answer;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    protected SchoolView() {
    }

    SchoolView(UUID applicationId, String schoolUser, String schoolUserName, OffsetDateTime requestedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.schoolUser = schoolUser;
        this.schoolUserName = schoolUserName;
        this.requestedAt = requestedAt;
    }

    @Override
    public String recordType() {
        return "licence-school-view";
    }

    @Override
    public String recordId() {
        return id.toString();
    }

    void answer(String words, OffsetDateTime at) {
        this.answer = words;
        this.answeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String schoolUser() {
        return schoolUser;
    }

    public String schoolUserName() {
        return schoolUserName;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public String answer() {
        return answer;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }
}
