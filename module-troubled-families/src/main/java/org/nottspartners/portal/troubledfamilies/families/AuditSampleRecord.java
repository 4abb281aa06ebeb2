package org.nottspartners.portal.troubledfamilies.families;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** An audit sample as drawn: its seed, the population it was drawn from and the families drawn (002 §13d). */
@Entity
@Table(name = "tf_audit_sample")
public class AuditSampleRecord extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Column(name = "population", nullable = false, updatable = false)
    private int population;

    @Column(name = "family_ids", nullable = false, updatable = false, length = 20000)
    private String familyIds;

    protected AuditSampleRecord() {
    }

    AuditSampleRecord(long seed, int population, String familyIds) {
        this.id = UUID.randomUUID();
        this.seed = seed;
        this.population = population;
        this.familyIds = familyIds;
    }

    public UUID id() {
        return id;
    }

    public long seed() {
        return seed;
    }

    public int population() {
        return population;
    }

    public String familyIds() {
        return familyIds;
    }

    @Override
    public String recordType() {
        return "tf-audit-sample";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
