package org.nottspartners.portal.core.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.persistence.StaleRecordException;

/**
 * The people of the current council. Every query here is filtered to the council by the persistence
 * layer, and every person loaded is audited by the core's record listener.
 */
@ApplicationScoped
@Transactional
public class PersonDirectory {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Person create(String givenName, String familyName, LocalDate dateOfBirth) {
        Person p = new Person(givenName, familyName, dateOfBirth);
        em.persist(p);
        em.flush();
        return p;
    }

    public Optional<Person> find(UUID id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** People whose name contains the text (all people when it is blank), by family then given name. */
    public List<Person> search(String text, int first, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("select p from Person p where lower(concat(p.givenName, ' ', p.familyName)) like :text"
                        + " order by p.familyName, p.givenName, p.id", Person.class)
                .setParameter("text", pattern)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Changes a person's details, refusing if someone else changed them since {@code expectedVersion}. */
    public Person update(UUID id, long expectedVersion, String givenName, String familyName, LocalDate dateOfBirth) {
        Person p = find(id).orElseThrow(() -> new PersonNotFoundException(id));
        if (p.version() != expectedVersion) {
            throw new StaleRecordException(Person.RECORD_TYPE, id.toString(), expectedVersion, p.version());
        }
        p.rename(givenName, familyName);
        p.correctDateOfBirth(dateOfBirth);
        em.flush();
        return p;
    }

    /** Every person of the council, for an export: each is audited as exported rather than read. */
    public List<Person> export() {
        return AuditTrail.readingFor(AuditAction.EXPORT, null, () -> em.createQuery(
                "select p from Person p order by p.familyName, p.givenName, p.id", Person.class).getResultList());
    }
}
