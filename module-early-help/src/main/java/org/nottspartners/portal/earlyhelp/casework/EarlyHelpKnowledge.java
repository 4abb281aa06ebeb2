package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.family.ServiceKnowledge;

/**
 * Early help's answer to another service's check (a licensing officer's, RULES.md §5): whether the person is the
 * child of, or in the household of, an open early help case, or was of a closed one. Counts only, so that asking loads
 * no case.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EarlyHelpKnowledge implements ServiceKnowledge {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public String service() {
        return "Early help";
    }

    @Override
    public Optional<String> about(UUID personId) {
        var open = Arrays.stream(CaseStage.values()).filter(CaseStage::isOpen).toList();
        long openCases = count("c.stage in :open", personId, open);
        if (openCases > 0) {
            return Optional.of(openCases == 1 ? "An early help case is open for the child or their household"
                    : openCases + " early help cases are open for the child or their household");
        }
        long closed = count("c.stage not in :open", personId, open);
        return closed > 0 ? Optional.of("Known to early help before: " + closed + (closed == 1 ? " case, now closed" : " cases, now closed"))
                : Optional.empty();
    }

    private long count(String stage, UUID personId, java.util.List<CaseStage> open) {
        return em.createQuery("select count(c) from EarlyHelpCase c where " + stage + " and (c.indexChildId = :p"
                        + " or c.familyId in (select m.familyId from FamilyMember m where m.personId = :p))", Long.class)
                .setParameter("p", personId).setParameter("open", open).getSingleResult();
    }
}
