package org.nottspartners.portal.troubledfamilies.families;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** The outcome of one need a family met: achieved on a day, evidenced as still holding up to a day, and the evidence. */
@Entity
@Table(name = "tf_outcome")
public class NeedOutcome extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "criterion", nullable = false, updatable = false, length = 60)
    private String criterion;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    @Column(name = "sustained_to")
    private LocalDate sustainedTo;

    @Column(name = "evidence", nullable = false, length = 2000)
    private String evidence;

    protected NeedOutcome() {
    }

    NeedOutcome(UUID familyId, String criterion) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.criterion = criterion;
    }

    void record(LocalDate achievedOn, LocalDate sustainedTo, String evidence) {
        this.achievedOn = achievedOn;
        this.sustainedTo = sustainedTo;
        this.evidence = evidence;
    }

    public UUID familyId() {
        return familyId;
    }

    public String criterion() {
        return criterion;
    }

    public LocalDate achievedOn() {
        return achievedOn;
    }

    public LocalDate sustainedTo() {
        return sustainedTo;
    }

    public String evidence() {
        return evidence;
    }

    @Override
    public String recordType() {
        return "tf-outcome";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
