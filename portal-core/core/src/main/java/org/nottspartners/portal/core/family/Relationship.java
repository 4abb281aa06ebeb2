package org.nottspartners.portal.core.family;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/** "Adult A is the MOTHER of child B, holds parental responsibility and has care of B." */
@Entity
@Table(name = "core_relationship")
public class Relationship extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "relationship";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "related_person_id", nullable = false)
    private UUID relatedPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private RelationshipType type;

    @Column(name = "parental_responsibility", nullable = false)
    private boolean parentalResponsibility;

    @Column(name = "has_care", nullable = false)
    private boolean hasCare;

    protected Relationship() {
        // for JPA
    }

    public Relationship(UUID personId, RelationshipType type, UUID relatedPersonId, boolean parentalResponsibility,
            boolean hasCare) {
        if (personId.equals(relatedPersonId)) {
            throw new IllegalArgumentException("A person cannot be related to themselves");
        }
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.type = type;
        this.relatedPersonId = relatedPersonId;
        this.parentalResponsibility = parentalResponsibility;
        this.hasCare = hasCare;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID relatedPersonId() {
        return relatedPersonId;
    }

    public RelationshipType type() {
        return type;
    }

    public boolean parentalResponsibility() {
        return parentalResponsibility;
    }

    public boolean hasCare() {
        return hasCare;
    }

    /** Whether the person is a parent of the related child for school attendance (s576 Education Act 1996). */
    public boolean isParentInEducationLaw() {
        return ParentInEducationLaw.isParent(type, parentalResponsibility, hasCare);
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
