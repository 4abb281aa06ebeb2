package org.nottspartners.portal.housing.referral;

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
 * An A1 sent to a provider by the Waiting List Manager (002 §8a2), and the provider's answer. A provider sees the A1s
 * sent to it and no others; an emergency referral cannot be declined.
 */
@Entity
@Table(name = "hsg_offer")
public class Offer extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "housing-offer";

    /** The provider's answer. */
    public enum Answer {
        WAITING("Not answered yet"), ACCEPTED("Accepted"), DECLINED("Declined"), CLOSED("Closed: placed elsewhere or withdrawn");

        private final String inWords;

        Answer(String inWords) {
            this.inWords = inWords;
        }

        public String inWords() {
            return inWords;
        }
    }

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "a1_id", nullable = false, updatable = false)
    private UUID a1Id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    @Column(name = "emergency", nullable = false, updatable = false)
    private boolean emergency;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false, length = 200)
    private String sentBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, length = 20)
    private Answer answer;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "answered_by", length = 200)
    private String answeredBy;

    @Column(name = "reason", length = 2000)
    private String reason;

    protected Offer() {
    }

    Offer(UUID a1Id, UUID providerId, boolean emergency, OffsetDateTime sentAt, String sentBy) {
        this.id = UUID.randomUUID();
        this.a1Id = a1Id;
        this.providerId = providerId;
        this.emergency = emergency;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.answer = Answer.WAITING;
    }

    void answer(Answer answer, String by, String reason, OffsetDateTime at) {
        this.answer = answer;
        this.answeredBy = by;
        this.reason = reason;
        this.answeredAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID a1Id() {
        return a1Id;
    }

    public UUID providerId() {
        return providerId;
    }

    public boolean emergency() {
        return emergency;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public Answer answer() {
        return answer;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String reason() {
        return reason;
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
