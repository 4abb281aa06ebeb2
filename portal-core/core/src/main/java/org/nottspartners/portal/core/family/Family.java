package org.nottspartners.portal.core.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A household: the people who live together ({@link FamilyMember}), around an index child (RULES.md §2). */
@Entity
@Table(name = "core_family")
public class Family extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "family";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "index_child_id", nullable = false)
    private UUID indexChildId;

    protected Family() {
        // for JPA
    }

    public Family(String name, UUID indexChildId) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.indexChildId = indexChildId;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID indexChildId() {
        return indexChildId;
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
