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

    @Inject
    org.nottspartners.portal.core.time.Today today;

    public Consent record(UUID personId, ConsentStatus status, String givenBy, String purpose, LocalDate decidedOn,
            String evidence) {
        requirePerson(personId);
        check(status, givenBy, purpose, decidedOn);
        Consent c = new Consent(personId, status, givenBy.strip(), purpose.strip(), decidedOn, evidence == null ? null : evidence.strip());
        em.persist(c);
        em.flush();
        return c;
    }

    /** What a consent record needs, checked here so that the pages and the API refuse the same things in the same words. */
    private void check(ConsentStatus status, String givenBy, String purpose, LocalDate decidedOn) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        if (status == null) {
            errors.add(new Problem.FieldError("status",
                    "Say whether consent was given, declined or withdrawn"));
        }
        if (givenBy == null || givenBy.isBlank()) {
            errors.add(new Problem.FieldError("givenBy", "Say who gave, declined or withdrew consent"));
        } else if (givenBy.strip().length() > 200) {
            errors.add(new Problem.FieldError("givenBy", "Who gave consent must be 200 characters or fewer"));
        }
        if (purpose == null || purpose.isBlank()) {
            errors.add(new Problem.FieldError("purpose", "Say what the consent is for"));
        } else if (purpose.strip().length() > 300) {
            errors.add(new Problem.FieldError("purpose", "The purpose must be 300 characters or fewer"));
        }
        if (decidedOn == null) {
            errors.add(new Problem.FieldError("decidedOn", "Enter the date of the decision"));
        } else if (decidedOn.isAfter(today.date())) {
            errors.add(new Problem.FieldError("decidedOn", "The date of the decision cannot be in the future"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
