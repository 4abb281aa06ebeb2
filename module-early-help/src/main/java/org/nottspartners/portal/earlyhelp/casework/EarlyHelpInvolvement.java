package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.nottspartners.portal.core.access.PersonInvolvement;

/**
 * Early help's part of RULES.md §2 "Who may see what": a practitioner is involved with a child they referred (the
 * case's index child: a referral opens the child's record to its referrer, not the household's), with every
 * member of the household of a case they hold as its lead professional, and, while the case is open, with every member
 * of the household of a case whose Team around the Child they are in (issue 23). A count, so that asking loads no record and
 * writes no audit line of its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EarlyHelpInvolvement implements PersonInvolvement {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public boolean involves(String userId, String userName, UUID personId) {
        Long cases = em.createQuery("select count(c) from EarlyHelpCase c where (c.referrerId = :me and c.indexChildId = :p)"
                        + " or ((c.leadProfessional = :name or (c.stage in :open and c.id in (select g.subjectId from RecordGrant g"
                        + " where g.subjectType = :subject and g.userName = :name and g.revokedAt is null)))"
                        + " and (c.indexChildId = :p"
                        + " or c.familyId in (select m.familyId from FamilyMember m where m.personId = :p)))", Long.class)
                .setParameter("me", userId)
                .setParameter("name", userName == null ? "" : userName)
                .setParameter("p", personId)
                .setParameter("subject", CaseHistory.SUBJECT)
                .setParameter("open", java.util.Arrays.stream(CaseStage.values()).filter(CaseStage::isOpen).toList())
                .getSingleResult();
        return cases > 0;
    }
}
