package org.nottspartners.portal.housing.emergency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** One day's contact with a young person in an emergency bed (002 §8a2: daily contact; mediation continues). */
@Entity
@Table(name = "hsg_bed_contact")
public class BedContact extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "housing-bed-contact";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "presentation_id", nullable = false, updatable = false)
    private UUID presentationId;

    @Column(name = "contacted_at", nullable = false, updatable = false)
    private OffsetDateTime contactedAt;

    @Column(name = "contacted_by", nullable = false, updatable = false, length = 200)
    private String contactedBy;

    @Column(name = "notes", nullable = false, updatable = false, length = 4000)
    private String notes;

    protected BedContact() {
    }

    BedContact(UUID presentationId, OffsetDateTime contactedAt, String contactedBy, String notes) {
        this.id = UUID.randomUUID();
        this.presentationId = presentationId;
        this.contactedAt = contactedAt;
        this.contactedBy = contactedBy;
        this.notes = notes;
    }

    public UUID id() {
        return id;
    }

    public UUID presentationId() {
        return presentationId;
    }

    public OffsetDateTime contactedAt() {
        return contactedAt;
    }

    public String contactedBy() {
        return contactedBy;
    }

    public String notes() {
        return notes;
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
