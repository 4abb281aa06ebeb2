package org.nottspartners.portal.core.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** A person's membership of a family. */
@Entity
@Table(name = "core_family_member")
public class FamilyMember extends TenantOwnedRecord {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    protected FamilyMember() {
        // for JPA
    }

    public FamilyMember(UUID familyId, UUID personId) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.personId = personId;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID personId() {
        return personId;
    }

    @Override
    public String recordType() {
        return "family-member";
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
