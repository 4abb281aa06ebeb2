package org.nottspartners.portal.core.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * The people of the current council. Every query here is filtered to the council by the persistence
 * layer, and every person loaded is audited by the core's record listener.
 */
@ApplicationScoped
@Transactional
public class PersonDirectory {

    @Inject
    org.nottspartners.portal.core.time.Today today;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Wards wards;

    @Inject
    AddressBook addresses;

    public Person create(String givenName, String familyName, LocalDate dateOfBirth) {
        return create(PersonDetails.named(givenName, familyName, dateOfBirth));
    }

    public Person create(String givenName, String familyName, LocalDate dateOfBirth, PersonKind kind, String postcode,
            UniquePupilNumber upn, NhsNumber nhsNumber) {
        return create(new PersonDetails(givenName, familyName, kind, dateOfBirth, null, null, null, null, false, null,
                new PersonIdentifiers(postcode, upn, nhsNumber)));
    }

    /**
     * Records a new person, with the ward of their postcode where the council maps wards; refused, with
     * every problem at once, when the details contradict each other or a UPN or NHS number is already
     * held by someone in the council.
     */
    public Person create(PersonDetails details) {
        details.checked(today());
        refuseDuplicateIdentifiers(null, details.identifiers().upn(), details.identifiers().nhsNumber());
        Person p = new Person(details.givenName(), details.familyName(), details.dateOfBirth());
        p.describe(details, wards.wardOf(details.identifiers().postcode()).orElse(null));
        em.persist(p);
        em.flush();
        return p;
    }

    /** Changes a person's details, refusing if someone else changed them since {@code expectedVersion}. */
    public Person update(UUID id, long expectedVersion, PersonDetails details) {
        Person p = find(id).orElseThrow(() -> new PersonNotFoundException(id));
        refuseTombstone(p);
        if (p.version() != expectedVersion) {
            throw new StaleRecordException(Person.RECORD_TYPE, id.toString(), expectedVersion, p.version());
        }
        details.checked(today());
        refuseDuplicateIdentifiers(id, details.identifiers().upn(), details.identifiers().nhsNumber());
        addresses.refuseOtherPostcode(id, details.identifiers().postcode());
        p.describe(details, wards.wardOf(details.identifiers().postcode()).orElse(null));
        em.flush();
        return p;
    }

    private static void refuseTombstone(Person p) {
        if (p.isTombstone()) {
            throw new ActionRefusedException("This record was merged into another (" + p.mergedInto().orElseThrow()
                    + "): change that one instead");
        }
    }

    private LocalDate today() {
        return today.date();
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
        return rows.stream()
                .flatMap(row -> {
                    PersonMatcher.Candidate candidate = PersonCandidateQuery.candidate(row);
                    return PersonMatcher.match(criteria, candidate)
                            .map(m -> new PersonMatcher.Judged(PersonCandidateQuery.id(row), candidate, m)).stream();
                })
                // equal scores in a stable order, so that the same search lists the same people the same way
                .sorted(PersonMatcher.BEST_FIRST)
                // a candidate the council's filter does not load (another council's, should the database's
                // policy ever be lost) is no match: answer from the caller's council only, never fail
                .flatMap(j -> find(j.id()).map(p -> new PersonMatch(p, j.match())).stream())
                .limit(max)
                .toList();
    }

    /** A person the search offers, with how strong the match is and why. */
    public record PersonMatch(Person person, PersonMatcher.Match match) {
    }

    /** Who recorded the person (their user id), read without loading the record; empty when there is no such person. */
    public Optional<String> recordedBy(UUID id) {
        return em.createQuery("select p.createdBy from Person p where p.id = :id", String.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<Person> find(UUID id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** Several people by id in one query (a list's rows), each read audited as {@link #find} audits it; absent ids left out. */
    public java.util.Map<UUID, Person> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids", Person.class).setParameter("ids", java.util.Set.copyOf(ids))
                .getResultStream().collect(java.util.stream.Collectors.toMap(Person::id, p -> p));
    }

    /** People whose name contains the text (all people when it is blank), by family then given name. */
    public List<Person> search(String text, int first, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("select p from Person p where p.mergedInto is null and lower(concat(p.givenName, ' ', p.familyName)) like :text"
                        + " order by p.familyName, p.givenName, p.id", Person.class)
                .setParameter("text", pattern)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Changes a person's details, refusing if someone else changed them since {@code expectedVersion}. */
    public Person update(UUID id, long expectedVersion, String givenName, String familyName, LocalDate dateOfBirth) {
        Person current = find(id).orElseThrow(() -> new PersonNotFoundException(id));
        PersonDetails d = current.details();
        return update(id, expectedVersion, new PersonDetails(givenName, familyName, d.kind(), dateOfBirth,
                d.expectedDateOfBirth(), d.gender(), d.ethnicity(), d.firstLanguage(), d.interpreterNeeded(), d.school(),
                d.identifiers()));
    }

    /** Every person of the council, for an export: each is audited as exported rather than read. */
    public List<Person> export() {
        return AuditTrail.readingFor(AuditAction.EXPORT, null, () -> em.createQuery(
                "select p from Person p where p.mergedInto is null order by p.familyName, p.givenName, p.id", Person.class).getResultList());
    }
}
