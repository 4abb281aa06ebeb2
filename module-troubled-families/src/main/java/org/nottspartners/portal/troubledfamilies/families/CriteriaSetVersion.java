package org.nottspartners.portal.troubledfamilies.families;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A version of a council's criteria set (RULES.md §7: "the criteria set and its version are tenant configuration"). */
@Entity
@Table(name = "tf_criteria_set")
public class CriteriaSetVersion extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    /** The set, as JSON (code, name, threshold, criteria). */
    @Column(name = "criteria_set", nullable = false, updatable = false, length = 40000)
    private String criteriaSet;

    protected CriteriaSetVersion() {
    }

    CriteriaSetVersion(int number, LocalDate effectiveFrom, String criteriaSet) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.effectiveFrom = effectiveFrom;
        this.criteriaSet = criteriaSet;
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String criteriaSet() {
        return criteriaSet;
    }

    @Override
    public String recordType() {
        return "tf-criteria-set";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
