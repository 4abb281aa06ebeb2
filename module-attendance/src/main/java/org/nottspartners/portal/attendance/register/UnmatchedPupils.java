package org.nottspartners.portal.attendance.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.ActionRefusedException;

/**
 * The pupils in schools' registers whose UPN matches no person of the council yet (issue 15): never dropped, they wait
 * here for an attendance officer, who finds the child through core's search (or creates them after searching) and
 * records the UPN on their family record; the pupil then leaves the queue and their marks are theirs.
 */
@ApplicationScoped
@Transactional
public class UnmatchedPupils {

    /** The council again, beside row-level security: each layer holds on its own (issue 25). */
    private static final String COUNCIL = " tenant_id = current_setting('portal.tenant', true)";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A pupil waiting: the UPN, the school whose register named them, since when, and how many marks they have. */
    public record Waiting(String upn, String urn, String school, OffsetDateTime firstSeen, long marks) {
    }

    /** The queue, oldest first. */
    public List<Waiting> waiting(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select u.upn, u.urn, coalesce(s.name, u.urn),"
                        + " extract(epoch from u.first_seen),"
                        + " (select count(*) from att_mark m where m.upn = u.upn and m.tenant_id = u.tenant_id)"
                        + " from att_unmatched u left join att_school s on s.urn = u.urn and s.tenant_id = u.tenant_id"
                        + " where u." + COUNCIL.strip() + " order by u.first_seen, u.upn")
                .setMaxResults(max).getResultList();
        return rows.stream().map(r -> new Waiting((String) r[0], (String) r[1], (String) r[2], at(r[3]),
                ((Number) r[4]).longValue())).toList();
    }

    /**
     * The officer has recorded the UPN on the child's family record: the pupil leaves the queue. Refused while no person
     * of the council has the UPN, so that no pupil is lost.
     */
    public void resolve(String upn) {
        String wanted = upn == null ? "" : upn.strip().toUpperCase(java.util.Locale.ROOT);
        long waiting = ((Number) em.createNativeQuery("select count(*) from att_unmatched where upn = ?1 and" + COUNCIL)
                .setParameter(1, wanted).getSingleResult()).longValue();
        if (waiting == 0) {
            throw new RecordNotFoundException("No pupil with UPN " + wanted + " is waiting to be matched");
        }
        long matched = ((Number) em.createNativeQuery("select count(*) from core_person where upn = ?1 and merged_into is null and"
                + COUNCIL).setParameter(1, wanted).getSingleResult()).longValue();
        if (matched == 0) {
            throw new ActionRefusedException("Nobody has this UPN yet", "No person of this council has UPN " + wanted
                    + " yet: find the child (or create them after searching) and record the UPN on their family record first.");
        }
        em.createNativeQuery("delete from att_unmatched where upn = ?1 and" + COUNCIL).setParameter(1, wanted).executeUpdate();
        AuditTrail.record(AuditAction.UPDATE, "attendance-unmatched", wanted, "matched to the person with this UPN");
    }

    private static OffsetDateTime at(Object epochSeconds) {
        return epochSeconds == null ? null : java.time.Instant.ofEpochMilli(Math.round(((Number) epochSeconds).doubleValue() * 1000))
                .atOffset(java.time.ZoneOffset.UTC);
    }
}
