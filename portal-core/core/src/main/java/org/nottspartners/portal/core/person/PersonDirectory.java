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
import org.nottspartners.portal.core.problem.InvalidInputException;

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
        return create(givenName, familyName, dateOfBirth, PersonKind.CHILD, null, null, null);
    }

    /** Records a new person; a UPN or NHS number already held by someone in the council is refused. */
    public Person create(String givenName, String familyName, LocalDate dateOfBirth, PersonKind kind, String postcode,
            UniquePupilNumber upn, NhsNumber nhsNumber) {
        refuseDuplicateIdentifiers(null, upn, nhsNumber);
        Person p = new Person(givenName, familyName, dateOfBirth);
        p.identify(kind, postcode, upn, nhsNumber);
        em.persist(p);
        em.flush();
        return p;
    }

    private void refuseDuplicateIdentifiers(UUID self, UniquePupilNumber upn, NhsNumber nhsNumber) {
        if (upn != null && !em.createQuery("select p.id from Person p where p.upn = :upn and p.id <> :self", UUID.class)
                .setParameter("upn", upn.value()).setParameter("self", self == null ? NOBODY : self).getResultList().isEmpty()) {
            throw new InvalidInputException("upn", "Someone in this council already has this UPN: search for them instead");
        }
        if (nhsNumber != null && !em.createQuery("select p.id from Person p where p.nhsNumber = :nhs and p.id <> :self", UUID.class)
                .setParameter("nhs", nhsNumber.value()).setParameter("self", self == null ? NOBODY : self).getResultList().isEmpty()) {
            throw new InvalidInputException("nhsNumber", "Someone in this council already has this NHS number: search for them instead");
        }
    }

    private static final UUID NOBODY = new UUID(0, 0);

    /**
     * People who may be the one searched for, best first, each with the reasons: the database gathers
     * candidates ({@link PersonCandidateQuery}); {@link PersonMatcher} judges them. Only the people offered
     * are loaded, and so audited as read.
     */
    public List<PersonMatch> findMatches(PersonMatcher.Criteria criteria, int max) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery(PersonCandidateQuery.SQL);
        List<Object> parameters = PersonCandidateQuery.parameters(criteria);
        for (int n = 0; n < parameters.size(); n++) {
            query.setParameter(n + 1, parameters.get(n));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        record Judged(UUID id, PersonMatcher.Match match) {
        }
        return rows.stream()
                .flatMap(row -> PersonMatcher.match(criteria, PersonCandidateQuery.candidate(row))
                        .map(m -> new Judged(PersonCandidateQuery.id(row), m)).stream())
                .sorted(java.util.Comparator.comparingInt((Judged j) -> j.match().score()).reversed())
                .limit(max)
                .map(j -> new PersonMatch(em.find(Person.class, j.id()), j.match()))
                .toList();
    }

    /** A person the search offers, with how strong the match is and why. */
    public record PersonMatch(Person person, PersonMatcher.Match match) {
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
