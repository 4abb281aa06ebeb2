package org.nottspartners.portal.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The audit trail as a council's administrator reads it. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Who looked at or changed one record, newest first. */
    public List<AuditEvent> forRecord(String recordType, String recordId, int max) {
        return em.createQuery("select e from AuditEvent e where e.recordType = :type and e.recordId = :id"
                        + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .setMaxResults(max)
                .getResultList();
    }
}
