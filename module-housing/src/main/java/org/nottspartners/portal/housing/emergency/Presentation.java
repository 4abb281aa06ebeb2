package org.nottspartners.portal.housing.emergency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * A 16 or 17 year old presenting as homeless (RULES.md §6; 002 §8a1, §8a2), logged by the Homelessness Team or a
 * partner, and the emergency process run on it within its hour clocks: a Rapid Assessment Worker allocated, contact
 * made, whether the young person is actually homeless, mediation, the section 20 question, and an emergency bed with
 * daily contact, until the young person moves on.
 */
@Entity
@Table(name = "hsg_presentation")
public class Presentation extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "housing-presentation";

    /** Why the young person presents (002 §8a1). */
    public enum Reason {
        HOMELESS("homeless: no home to go to tonight"),
        SOFA_SURFING("sofa-surfing"),
        OVERCROWDING("overcrowding"),
        ROUGH_SLEEPING("rough sleeping"),
        PLACEMENT_BREAKDOWN("a looked-after placement broke down"),
        NOTICE_AFTER_INCIDENT("24 hours' notice from supported accommodation after an incident"),
        CARE_LEAVER("a care leaver");

        private final String inWords;

        Reason(String inWords) {
            this.inWords = inWords;
        }

        public String inWords() {
            return inWords;
        }
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30)
    private Reason reason;

    @Column(name = "circumstances", length = 4000)
    private String circumstances;

    @Column(name = "presented_at", nullable = false, updatable = false)
    private OffsetDateTime presentedAt;

    @Column(name = "logged_by", nullable = false, updatable = false, length = 200)
    private String loggedBy;

    @Column(name = "raw_worker", length = 200)
    private String rawWorker;

    @Column(name = "raw_allocated_at")
    private OffsetDateTime rawAllocatedAt;

    @Column(name = "contacted_at")
    private OffsetDateTime contactedAt;

    @Column(name = "face_to_face")
    private Boolean faceToFace;

    @Column(name = "actually_homeless")
    private Boolean actuallyHomeless;

    @Column(name = "homeless_reasons", length = 2000)
    private String homelessReasons;

    @Column(name = "mediation", length = 4000)
    private String mediation;

    @Column(name = "wishes_s20")
    private Boolean wishesS20;

    @Column(name = "mash_referred_at")
    private OffsetDateTime mashReferredAt;

    /** When the young person was accommodated under section 20: 24 hours later they are looked after. */
    @Column(name = "accommodated_at")
    private OffsetDateTime accommodatedAt;

    @Column(name = "bed_provider_id")
    private String bedProviderId;

    @Column(name = "bed_from")
    private OffsetDateTime bedFrom;

    @Column(name = "a1_id")
    private String a1Id;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "outcome", length = 2000)
    private String outcome;

    protected Presentation() {
    }

    Presentation(UUID personId, Reason reason, String circumstances, OffsetDateTime presentedAt, String loggedBy) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.reason = reason;
        this.circumstances = circumstances;
        this.presentedAt = presentedAt;
        this.loggedBy = loggedBy;
    }

    void allocate(String worker, OffsetDateTime at) {
        this.rawWorker = worker;
        if (rawAllocatedAt == null) {
            this.rawAllocatedAt = at;
        }
    }

    void contacted(OffsetDateTime at, boolean faceToFace) {
        this.contactedAt = at;
        this.faceToFace = faceToFace;
    }

    void homeless(boolean actually, String reasons) {
        this.actuallyHomeless = actually;
        this.homelessReasons = reasons;
    }

    void mediation(String notes) {
        this.mediation = notes;
    }

    void section20(boolean wishes, OffsetDateTime mashReferredAt) {
        this.wishesS20 = wishes;
        this.mashReferredAt = mashReferredAt;
    }

    void accommodated(OffsetDateTime at) {
        this.accommodatedAt = at;
    }

    void bed(UUID providerId, OffsetDateTime from) {
        this.bedProviderId = providerId == null ? null : providerId.toString();
        this.bedFrom = from;
    }

    void a1(UUID a1Id) {
        this.a1Id = a1Id == null ? null : a1Id.toString();
    }

    void close(String outcome, OffsetDateTime at) {
        this.outcome = outcome;
        this.closedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    void personId(UUID personId) {
        this.personId = personId;
    }

    public Reason reason() {
        return reason;
    }

    public String circumstances() {
        return circumstances;
    }

    public OffsetDateTime presentedAt() {
        return presentedAt;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public String rawWorker() {
        return rawWorker;
    }

    public OffsetDateTime rawAllocatedAt() {
        return rawAllocatedAt;
    }

    public OffsetDateTime contactedAt() {
        return contactedAt;
    }

    public Boolean faceToFace() {
        return faceToFace;
    }

    public Boolean actuallyHomeless() {
        return actuallyHomeless;
    }

    public String homelessReasons() {
        return homelessReasons;
    }

    public String mediation() {
        return mediation;
    }

    public Boolean wishesS20() {
        return wishesS20;
    }

    public OffsetDateTime mashReferredAt() {
        return mashReferredAt;
    }

    public OffsetDateTime accommodatedAt() {
        return accommodatedAt;
    }

    public UUID bedProviderId() {
        return bedProviderId == null ? null : UUID.fromString(bedProviderId);
    }

    public OffsetDateTime bedFrom() {
        return bedFrom;
    }

    public UUID a1Id() {
        return a1Id == null ? null : UUID.fromString(a1Id);
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String outcome() {
        return outcome;
    }

    public boolean open() {
        return closedAt == null;
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
