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

/** A decision to share, or not to share, information about a person, with its basis and reasons. */
@Entity
@Table(name = "core_sharing_decision")
public class SharingDecision extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "share", nullable = false)
    private boolean share;

    @Column(name = "with_whom", nullable = false, length = 300)
    private String withWhom;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", length = 40)
    private LawfulBasis lawfulBasis;

    @Column(name = "reasons")
    private String reasons;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    protected SharingDecision() {
        // for JPA
    }

    public SharingDecision(UUID personId, boolean share, String withWhom, boolean consentGiven, LawfulBasis lawfulBasis,
            String reasons, LocalDate decidedOn) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.share = share;
        this.withWhom = withWhom.strip();
        this.consentGiven = consentGiven;
        this.lawfulBasis = lawfulBasis;
        this.reasons = reasons;
        this.decidedOn = decidedOn;
    }

    public UUID id() {
        return id;
    }

    public boolean share() {
        return share;
    }

    public String withWhom() {
        return withWhom;
    }

    public boolean consentGiven() {
        return consentGiven;
    }

    public LawfulBasis lawfulBasis() {
        return lawfulBasis;
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    @Override
    public String recordType() {
        return "sharing-decision";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
