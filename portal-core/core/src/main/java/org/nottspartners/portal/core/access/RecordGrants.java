package org.nottspartners.portal.core.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.time.Today;

/**
 * Access to single records given to named users (RULES.md §2 "Who may see what"; issue 23): a module grants a
 * practitioner access to one case when they join its Team around the Child and takes it back when they leave; the
 * core keeps the grants, audits each one given and taken back, and answers whether the caller holds one. A caller
 * without a grant is told the record does not exist (404), as for another council's records.
 */
@ApplicationScoped
@Transactional
public class RecordGrants {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    /**
     * Gives a user access to a record, in a part, from an agency; refused if they already have it. Audited.
     *
     * @param userLabel the user's name, as the staff directory gives it
     */
    public RecordGrant grant(String recordType, UUID recordId, String userName, String userLabel, String agency, String part) {
        if (active(recordType, recordId, userName).isPresent()) {
            throw new ActionRefusedException(userLabel + " already has access to this record");
        }
        RecordGrant grant = new RecordGrant(recordType, recordId, userName, userLabel, agency, part, by(), today.now());
        em.persist(grant);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException twice) {
            // the same user given access by someone else at the same moment (the database's one-active-grant index)
            throw new ActionRefusedException(userLabel + " was given access by someone else just now");
        }
        AuditTrail.record(AuditAction.CREATE, recordType, recordId.toString(),
                "access granted to " + userName + " (" + agency + ") as " + part);
        return grant;
    }

    /** Takes back a user's access to a record (they left the team); refused if they have none. Audited. */
    public RecordGrant revoke(String recordType, UUID recordId, String userName) {
        RecordGrant grant = active(recordType, recordId, userName).orElseThrow(() -> new RecordNotFoundException(
                userName + " has no access to this record to take back"));
        grant.revoke(by(), today.now());
        em.flush();
        AuditTrail.record(AuditAction.UPDATE, recordType, recordId.toString(), "access of " + userName + " taken back");
        return grant;
    }

    /** Whether the user holds access to the record now (a count: asking loads no grant and writes no audit line). */
    public boolean holds(String recordType, UUID recordId, String userName) {
        return userName != null && em.createQuery("select count(g) from RecordGrant g where g.subjectType = :t"
                        + " and g.subjectId = :r and g.userName = :u and g.revokedAt is null", Long.class)
                .setParameter("t", recordType).setParameter("r", recordId).setParameter("u", userName)
                .getSingleResult() > 0;
    }

    /** Whether the caller holds access to the record now. */
    public boolean callerHolds(String recordType, UUID recordId) {
        return holds(recordType, recordId, caller.userName());
    }

    /** Every grant on the record, present and past, oldest first. */
    public List<RecordGrant> of(String recordType, UUID recordId) {
        return em.createQuery("select g from RecordGrant g where g.subjectType = :t and g.subjectId = :r order by g.grantedAt, g.id",
                RecordGrant.class).setParameter("t", recordType).setParameter("r", recordId).getResultList();
    }

    /** The records of a type the user has access to now. */
    public List<UUID> recordsOf(String recordType, String userName) {
        return em.createQuery("select g.subjectId from RecordGrant g where g.subjectType = :t and g.userName = :u"
                + " and g.revokedAt is null", UUID.class).setParameter("t", recordType).setParameter("u", userName).getResultList();
    }

    private Optional<RecordGrant> active(String recordType, UUID recordId, String userName) {
        return em.createQuery("select g from RecordGrant g where g.subjectType = :t and g.subjectId = :r and g.userName = :u"
                        + " and g.revokedAt is null", RecordGrant.class)
                .setParameter("t", recordType).setParameter("r", recordId).setParameter("u", userName)
                .getResultStream().findFirst();
    }

    private String by() {
        return caller.userName() == null ? caller.userId() : caller.userName();
    }
}
