package org.nottspartners.portal.core.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/** Consents and sharing decisions of the current council's people. */
@ApplicationScoped
@Transactional
public class ConsentRegister {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonDirectory people;

    public Consent record(UUID personId, ConsentStatus status, String givenBy, String purpose, LocalDate decidedOn,
            String evidence) {
        requirePerson(personId);
        Consent c = new Consent(personId, status, givenBy, purpose, decidedOn, evidence);
        em.persist(c);
        em.flush();
        return c;
    }

    /** Every consent record of the person, newest first: a withdrawal never erases the consent before it. */
    public List<Consent> history(UUID personId) {
        requirePerson(personId);
        return em.createQuery("select c from Consent c where c.personId = :p order by c.decidedOn desc, c.createdAt desc",
                Consent.class).setParameter("p", personId).getResultList();
    }

    /** Where consent stands now for a purpose (the latest record for it). */
    public Optional<ConsentStatus> currentFor(UUID personId, String purpose) {
        return history(personId).stream().filter(c -> c.purpose().equalsIgnoreCase(purpose.strip()))
                .findFirst().map(Consent::status);
    }

    /**
     * Records a decision to share or not; whether consent was given is read from the consent records for
     * the purpose, not taken from the user.
     */
    public SharingDecision decide(UUID personId, boolean share, String withWhom, String purpose, LawfulBasis basis,
            String reasons, LocalDate decidedOn) {
        boolean consentGiven = currentFor(personId, purpose).filter(s -> s == ConsentStatus.GIVEN).isPresent();
        var problems = SharingDecisionRule.problems(share, consentGiven, basis, reasons);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(p -> new Problem.FieldError(p.getKey(), p.getValue())).toList());
        }
        SharingDecision d = new SharingDecision(personId, share, withWhom, consentGiven, basis, reasons, decidedOn);
        em.persist(d);
        em.flush();
        return d;
    }

    private void requirePerson(UUID id) {
        if (people.find(id).isEmpty()) {
            throw new PersonNotFoundException(id);
        }
    }
}
