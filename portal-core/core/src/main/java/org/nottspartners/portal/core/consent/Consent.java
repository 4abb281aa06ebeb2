package org.nottspartners.portal.core.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A person's consent for one purpose: given, declined or withdrawn, by whom, when, on what evidence. */
@Entity
@Table(name = "core_consent")
public class Consent extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ConsentStatus status;

    @Column(name = "given_by", nullable = false, length = 200)
    private String givenBy;

    @Column(name = "purpose", nullable = false, length = 300)
    private String purpose;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "evidence")
    private String evidence;

    protected Consent() {
        // for JPA
    }

    public Consent(UUID personId, ConsentStatus status, String givenBy, String purpose, LocalDate decidedOn, String evidence) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.status = status;
        this.givenBy = givenBy.strip();
        this.purpose = purpose.strip();
        this.decidedOn = decidedOn;
        this.evidence = evidence;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public ConsentStatus status() {
        return status;
    }

    public String givenBy() {
        return givenBy;
    }

    public String purpose() {
        return purpose;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String evidence() {
        return evidence;
    }

    @Override
    public String recordType() {
        return "consent";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
