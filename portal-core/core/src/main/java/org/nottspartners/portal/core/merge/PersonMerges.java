package org.nottspartners.portal.core.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.casenote.CaseNote;
import org.nottspartners.portal.core.consent.Consent;
import org.nottspartners.portal.core.consent.SharingDecision;
import org.nottspartners.portal.core.family.Family;
import org.nottspartners.portal.core.family.FamilyMember;
import org.nottspartners.portal.core.family.Relationship;
import org.nottspartners.portal.core.module.ModuleRegistry;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.person.PersonReference;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * Merges two records of one person in one transaction: every reference to the loser (core's and each
 * module's, {@link PersonReference}) is re-pointed to the winner, the loser is kept as a tombstone
 * pointing to the winner, and the merge is recorded with the rows it changed and audited on both
 * people. An administrator can undo a merge; exactly the rows it re-pointed go back.
 */
@ApplicationScoped
@Transactional
public class PersonMerges {

    @Inject
    org.nottspartners.portal.core.time.Today today;

    /** Where core's own records name a person. */
    static final List<PersonReference> CORE_REFERENCES = List.of(
            PersonReference.of(FamilyMember.class, "personId"),
            PersonReference.of(Family.class, "indexChildId"),
            PersonReference.of(Relationship.class, "personId"),
            PersonReference.of(Relationship.class, "relatedPersonId"),
            PersonReference.of(Consent.class, "personId"),
            PersonReference.of(SharingDecision.class, "personId"),
            PersonReference.of(CaseNote.class, "personId"));

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModuleRegistry modules;

    /** Core's references and every installed module's (switched on or not: their records stay). */
    public List<PersonReference> references() {
        return Stream.concat(CORE_REFERENCES.stream(), modules.modules().stream().flatMap(m -> m.personReferences().stream()))
                .toList();
    }

    /**
     * Merges {@code loserId} into {@code winnerId}. Refused, changing nothing, when they are the same
     * record, either is already merged, they hold different UPNs or NHS numbers, or they are recorded
     * as related to each other or as members of the same family.
     */
    public PersonMerge merge(UUID winnerId, UUID loserId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why these are the same person");
        }
        if (Objects.equals(winnerId, loserId)) {
            throw new InvalidInputException("loserId", "Choose two different records to merge");
        }
        Person winner = person(winnerId);
        Person loser = person(loserId);
        // two merges at once (A into B, B into C) must not both see B alive: lock both people
        em.lock(winner, LockModeType.PESSIMISTIC_WRITE);
        em.lock(loser, LockModeType.PESSIMISTIC_WRITE);
        for (Person p : List.of(winner, loser)) {
            if (p.isTombstone()) {
                throw new ActionRefusedException(p.givenName() + " " + p.familyName()
                        + "'s record has already been merged into another: merge with that one instead");
            }
        }
        refuseClashes(winner, loser);
        loser.mergeInto(winnerId);
        em.flush();
        Map<String, List<String>> repointed = new LinkedHashMap<>();
        for (PersonReference ref : references()) {
            List<UUID> rows = em.createQuery("select e." + ref.idAttribute() + " from " + entityName(ref) + " e where e."
                    + ref.personAttribute() + " = :loser", UUID.class).setParameter("loser", loserId).getResultList();
            if (!rows.isEmpty()) {
                em.createQuery("update " + entityName(ref) + " e set e." + ref.personAttribute() + " = :winner where e."
                        + ref.idAttribute() + " in :rows").setParameter("winner", winnerId).setParameter("rows", rows)
                        .executeUpdate();
                repointed.put(ref.key(), rows.stream().map(UUID::toString).toList());
            }
        }
        PersonMerge merge = new PersonMerge(winnerId, loserId, reason.strip(), repointed);
        em.persist(merge);
        em.flush();
        String summary = "merged " + loserId + " into " + winnerId + " (" + count(repointed) + " references moved): " + reason.strip();
        AuditTrail.record(AuditAction.MERGE, Person.RECORD_TYPE, loserId.toString(), summary);
        AuditTrail.record(AuditAction.MERGE, Person.RECORD_TYPE, winnerId.toString(), summary);
        return merge;
    }

    /**
     * Undoes a merge: the rows it re-pointed go back to the loser and the loser is a live record again.
     * Refused when already undone, or when the winner has since been merged into someone else (undo
     * that first).
     */
    public PersonMerge undo(UUID mergeId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the merge is being undone");
        }
        PersonMerge merge = find(mergeId);
        if (merge.isUndone()) {
            throw new ActionRefusedException("This merge was already undone on " + merge.undoneAt().toLocalDate());
        }
        Person winner = person(merge.winnerId());
        Person loser = person(merge.loserId());
        em.lock(winner, LockModeType.PESSIMISTIC_WRITE);
        em.lock(loser, LockModeType.PESSIMISTIC_WRITE);
        if (winner.isTombstone()) {
            throw new ActionRefusedException("The record kept by this merge has since been merged into another: undo that merge first");
        }
        Map<String, PersonReference> byKey = new LinkedHashMap<>();
        references().forEach(r -> byKey.put(r.key(), r));
        merge.repointedRows().forEach((key, rows) -> {
            PersonReference ref = byKey.get(key);
            if (ref == null) {
                throw new ActionRefusedException("This merge moved records of a module no longer installed (" + key
                        + "): it cannot be undone here");
            }
            em.createQuery("update " + entityName(ref) + " e set e." + ref.personAttribute() + " = :loser where e."
                    + ref.idAttribute() + " in :rows and e." + ref.personAttribute() + " = :winner")
                    .setParameter("loser", merge.loserId()).setParameter("winner", merge.winnerId())
                    .setParameter("rows", rows.stream().map(UUID::fromString).toList()).executeUpdate();
        });
        loser.unmerge();
        merge.undo(AuditTrail.actingUserId(), reason.strip(), today.now());
        em.flush();
        String summary = "undid merge " + mergeId + " of " + merge.loserId() + " into " + merge.winnerId() + ": " + reason.strip();
        AuditTrail.record(AuditAction.UNMERGE, Person.RECORD_TYPE, merge.loserId().toString(), summary);
        AuditTrail.record(AuditAction.UNMERGE, Person.RECORD_TYPE, merge.winnerId().toString(), summary);
        return merge;
    }

    public PersonMerge find(UUID mergeId) {
        PersonMerge merge = em.find(PersonMerge.class, mergeId);
        if (merge == null) {
            throw new RecordNotFoundException("There is no merge " + mergeId + " in this council.");
        }
        return merge;
    }

    /** The merges a person took part in, as winner or loser, newest first. */
    public List<PersonMerge> involving(UUID personId) {
        return em.createQuery("select m from PersonMerge m where m.winnerId = :p or m.loserId = :p order by m.createdAt desc",
                PersonMerge.class).setParameter("p", personId).getResultList();
    }

    private void refuseClashes(Person winner, Person loser) {
        List<String> clashes = new ArrayList<>();
        if (winner.upn() != null && loser.upn() != null && !winner.upn().equals(loser.upn())) {
            clashes.add("they have different UPNs (" + winner.upn() + " and " + loser.upn() + ")");
        }
        if (winner.nhsNumber() != null && loser.nhsNumber() != null && !winner.nhsNumber().equals(loser.nhsNumber())) {
            clashes.add("they have different NHS numbers (" + winner.nhsNumber() + " and " + loser.nhsNumber() + ")");
        }
        long related = em.createQuery("select count(r) from Relationship r where (r.personId = :a and r.relatedPersonId = :b)"
                + " or (r.personId = :b and r.relatedPersonId = :a)", Long.class)
                .setParameter("a", winner.id()).setParameter("b", loser.id()).getSingleResult();
        if (related > 0) {
            clashes.add("they are recorded as related to each other");
        }
        long sameFamily = em.createQuery("select count(a) from FamilyMember a, FamilyMember b where a.familyId = b.familyId"
                + " and a.personId = :a and b.personId = :b", Long.class)
                .setParameter("a", winner.id()).setParameter("b", loser.id()).getSingleResult();
        if (sameFamily > 0) {
            clashes.add("both are members of the same family (remove one from it first)");
        }
        if (!clashes.isEmpty()) {
            throw new ActionRefusedException("These records cannot be merged: " + String.join("; ", clashes));
        }
    }

    private Person person(UUID id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new PersonNotFoundException(id);
        }
        return p;
    }

    private static String entityName(PersonReference ref) {
        return ref.entity().getSimpleName();
    }

    private static int count(Map<String, List<String>> rows) {
        return rows.values().stream().mapToInt(List::size).sum();
    }
}
