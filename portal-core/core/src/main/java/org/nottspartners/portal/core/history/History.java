package org.nottspartners.portal.core.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.time.Today;

/**
 * The history every module keeps of its records, in one place: each step under the name of whoever took it
 * (the audit trail keeps their id too), at the portal's clock, in the council's row-level security like every
 * other record. A module names its subjects by a type of its own ("early-help-case") and their ids.
 */
@ApplicationScoped
@Transactional
public class History {

    private static final int LONGEST_NAME = 100;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    /** Records a step of {@code subjectType} {@code subjectId}, now, by the caller. */
    public HistoryEntry record(String subjectType, UUID subjectId, String kind, String description) {
        String who = caller.displayName() == null || caller.displayName().isBlank() ? caller.userId() : caller.displayName();
        if (who == null) {
            who = "The portal";
        }
        HistoryEntry e = new HistoryEntry(subjectType, subjectId, today.now(), kind,
                who.length() > LONGEST_NAME ? who.substring(0, LONGEST_NAME) : who, description);
        em.persist(e);
        em.flush();
        return e;
    }

    /** The subject's history, oldest first. */
    public List<HistoryEntry> of(String subjectType, UUID subjectId) {
        return em.createQuery("select e from HistoryEntry e where e.subjectType = :t and e.subjectId = :s"
                        + " order by e.happenedAt, e.id", HistoryEntry.class)
                .setParameter("t", subjectType).setParameter("s", subjectId).getResultList();
    }

    /** The subject's steps of the given kinds, oldest first. */
    public List<HistoryEntry> of(String subjectType, UUID subjectId, Collection<String> kinds) {
        return em.createQuery("select e from HistoryEntry e where e.subjectType = :t and e.subjectId = :s and e.kind in :k"
                        + " order by e.happenedAt, e.id", HistoryEntry.class)
                .setParameter("t", subjectType).setParameter("s", subjectId).setParameter("k", kinds).getResultList();
    }
}
