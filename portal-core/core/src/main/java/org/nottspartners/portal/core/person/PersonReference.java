package org.nottspartners.portal.core.person;

import java.util.Objects;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * A place where a record names a person: the entity and its attribute holding the person's id. Merging
 * two records of one person re-points every such reference from the loser to the winner; core lists its
 * own, and each module lists its own in its descriptor ({@code PortalModule#personReferences}).
 *
 * @param entity          the entity class (its JPA entity name is the simple class name)
 * @param idAttribute     the entity's id attribute, to remember which rows were re-pointed
 * @param personAttribute the attribute holding a person's id (a {@code UUID})
 */
public record PersonReference(Class<? extends TenantOwnedRecord> entity, String idAttribute, String personAttribute) {

    public PersonReference {
        Objects.requireNonNull(entity);
        Objects.requireNonNull(idAttribute);
        Objects.requireNonNull(personAttribute);
    }

    public static PersonReference of(Class<? extends TenantOwnedRecord> entity, String personAttribute) {
        return new PersonReference(entity, "id", personAttribute);
    }

    /** How the reference is written in a merge's record: {@code FamilyMember.personId}. */
    public String key() {
        return entity.getSimpleName() + "." + personAttribute;
    }
}
