package org.nottspartners.portal.core.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** The families and relationships of the current council. */
@ApplicationScoped
@Transactional
public class FamilyDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonDirectory people;

    /** A new family around its index child, who becomes its first member. */
    public Family create(String name, UUID indexChildId) {
        requirePerson(indexChildId);
        Family family = new Family(name, indexChildId);
        em.persist(family);
        em.persist(new FamilyMember(family.id(), indexChildId));
        em.flush();
        return family;
    }

    public Optional<Family> find(UUID id) {
        return Optional.ofNullable(em.find(Family.class, id));
    }

    public void addMember(UUID familyId, UUID personId) {
        find(familyId).orElseThrow(() -> new RecordNotFoundException("There is no family " + familyId + " in this council."));
        requirePerson(personId);
        if (members(familyId).contains(personId)) {
            throw new InvalidInputException("personId", "This person is already in the family");
        }
        em.persist(new FamilyMember(familyId, personId));
        em.flush();
    }

    public List<UUID> members(UUID familyId) {
        return em.createQuery("select m.personId from FamilyMember m where m.familyId = :family order by m.createdAt", UUID.class)
                .setParameter("family", familyId).getResultList();
    }

    /** The families a person belongs to, as a member or as the index child. */
    public List<Family> familiesOf(UUID personId) {
        return em.createQuery("select distinct f from Family f where f.indexChildId = :p or f.id in"
                + " (select m.familyId from FamilyMember m where m.personId = :p) order by f.name, f.id", Family.class)
                .setParameter("p", personId).getResultList();
    }

    /** Records how one person is related to another (both in this council). */
    public Relationship relate(UUID personId, RelationshipType type, UUID relatedPersonId, boolean parentalResponsibility,
            boolean hasCare) {
        requirePerson(personId);
        requirePerson(relatedPersonId);
        if (personId.equals(relatedPersonId)) {
            throw new InvalidInputException("relatedPersonId", "A person cannot be related to themselves");
        }
        Relationship r = new Relationship(personId, type, relatedPersonId, parentalResponsibility, hasCare);
        em.persist(r);
        em.flush();
        return r;
    }

    /** Every relationship the person is on either side of. */
    public List<Relationship> relationshipsOf(UUID personId) {
        return em.createQuery("select r from Relationship r where r.personId = :p or r.relatedPersonId = :p"
                + " order by r.createdAt", Relationship.class).setParameter("p", personId).getResultList();
    }

    private void requirePerson(UUID id) {
        if (id == null || people.find(id).isEmpty()) {
            throw new PersonNotFoundException(id);
        }
    }
}
