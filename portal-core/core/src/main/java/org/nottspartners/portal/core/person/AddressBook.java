package org.nottspartners.portal.core.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.time.Today;

/**
 * The address histories of the current council's people: where each lives now and where they lived before,
 * for letters and for search. Recording a move closes the current address the day before the new one starts
 * ({@link AddressRules}) and makes the new address's postcode the person's postcode, the key the person
 * search matches on, with its ward. Every address read or written is audited by the core's record listener.
 */
@ApplicationScoped
@Transactional
public class AddressBook {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Wards wards;

    @Inject
    Today today;

    /** The person's addresses, the newest first. */
    public List<Address> history(UUID personId) {
        person(personId);
        return em.createQuery("select a from Address a where a.personId = :p order by a.fromDate desc", Address.class)
                .setParameter("p", personId).getResultList();
    }

    /** Where the person lives now, when it is known. */
    public Optional<Address> current(UUID personId) {
        return em.createQuery("select a from Address a where a.personId = :p and a.toDate is null", Address.class)
                .setParameter("p", personId).getResultStream().findFirst();
    }

    /** The current address of each of these people who has one. */
    public Map<UUID, Address> currentOf(Collection<UUID> personIds) {
        Map<UUID, Address> found = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        em.createQuery("select a from Address a where a.personId in :people and a.toDate is null", Address.class)
                .setParameter("people", List.copyOf(personIds)).getResultList()
                .forEach(a -> found.put(a.personId(), a));
        return found;
    }

    /**
     * The lines of the person's current address, to print under the addressee's name on a letter (see
     * {@link PostalAddress#lines()}); none when no address is recorded.
     */
    public List<String> currentLines(UUID personId) {
        return current(personId).map(a -> a.postal().lines()).orElse(List.of());
    }

    /**
     * Records that the person moved to {@code address} on {@code from}, from the version of their record the
     * user read (a move changes the person's postcode, so any other change since is a conflict).
     */
    public Address recordMove(UUID personId, long expectedVersion, PostalAddress address, LocalDate from) {
        return move(new Mover(personId, expectedVersion), address, from);
    }

    /** One of the people recorded as moving, and the version of their record the user read. */
    public record Mover(UUID personId, long expectedVersion) {
    }

    /**
     * Records that these people moved together to one address on one day ("the family moved"): all of them
     * or, when any one cannot be moved, none, with every problem named by person.
     */
    public List<Address> recordMoveTogether(List<Mover> movers, PostalAddress address, LocalDate from) {
        if (movers.isEmpty()) {
            throw new InvalidInputException("members", "Choose who moved");
        }
        if (movers.stream().map(Mover::personId).distinct().count() < movers.size()) {
            throw new InvalidInputException("members", "Choose each person who moved once");
        }
        List<Address> moved = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        // always in the same order, so that two moves of overlapping households wait for each other, never deadlock
        for (Mover m : movers.stream().sorted(Comparator.comparing(Mover::personId)).toList()) {
            try {
                moved.add(move(m, address, from));
            } catch (InvalidInputException e) {
                String who = name(em.find(Person.class, m.personId())); // refused input: the person was found
                e.errors().forEach(err -> errors.add(new Problem.FieldError(err.field(), who + ": " + err.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors); // the transaction is rolled back: nobody moved
        }
        return moved;
    }

    /**
     * Refuses a change of the person's postcode that does not come from their address history: once they
     * have a current address, their postcode is its postcode, changed by recording a move.
     */
    public void refuseOtherPostcode(UUID personId, String postcode) {
        current(personId).map(a -> a.postal().postcode()).filter(kept -> !kept.equals(postcode)).ifPresent(kept -> {
            throw new InvalidInputException("postcode", "The postcode comes from the current address (" + kept
                    + "): to change it, record a move under Addresses");
        });
    }

    private Address move(Mover mover, PostalAddress address, LocalDate from) {
        if (address == null) {
            throw new InvalidInputException("line1", "Enter the new address");
        }
        Person p = em.find(Person.class, mover.personId(), LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new PersonNotFoundException(mover.personId());
        }
        if (p.isTombstone()) {
            throw new ActionRefusedException("This record was merged into another (" + p.mergedInto().orElseThrow()
                    + "): record the move on that one instead");
        }
        if (p.version() != mover.expectedVersion()) {
            throw new StaleRecordException(Person.RECORD_TYPE, p.recordId(), mover.expectedVersion(), p.version());
        }
        List<Address> history = em.createQuery("select a from Address a where a.personId = :p", Address.class)
                .setParameter("p", p.id()).getResultList();
        AddressRules.Move move = AddressRules.move(history.stream().map(Address::period).toList(), from, today.date());
        Optional<Address> current = history.stream().filter(Address::isCurrent).findFirst();
        if (current.isPresent() && current.get().postal().samePlaceAs(address)) {
            throw new InvalidInputException("line1", "This is already their current address");
        }
        current.ifPresent(c -> c.closeOn(move.closesOn()));
        em.flush(); // closed before the new one is written: the database refuses two current addresses
        Address moved = new Address(p.id(), address, move.opened().from());
        em.persist(moved);
        p.moveTo(address.postcode(), wards.wardOf(address.postcode()).orElse(null));
        em.flush();
        // a move is a change of the person, even within a postcode: their version goes up, so a move or an edit made
        // from an earlier reading is refused (the entity's own lock mode did not raise it under the row lock held)
        em.createQuery("update Person p set p.version = p.version + 1 where p.id = :id").setParameter("id", p.id())
                .executeUpdate();
        return moved;
    }

    private Person person(UUID id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new PersonNotFoundException(id);
        }
        return p;
    }

    private static String name(Person p) {
        return p.givenName() + " " + p.familyName();
    }
}
