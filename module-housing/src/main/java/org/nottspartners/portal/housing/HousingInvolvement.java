package org.nottspartners.portal.housing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.nottspartners.portal.core.access.PersonInvolvement;
import org.nottspartners.portal.housing.kit.HousingAccess;

/**
 * A provider's staff are involved with a young person they accepted (RULES.md §2: a partner opens a record where they
 * hold the case as lead professional; the provider's keyworker becomes lead professional on move-in, 002 §8a2).
 */
@ApplicationScoped
public class HousingInvolvement implements PersonInvolvement {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    HousingAccess access;

    @Override
    public boolean involves(String userId, String userName, UUID personId) {
        if (!access.isProviderOnly() || access.organisation().isEmpty()) {
            return false;
        }
        java.util.List<String> providers = em.createQuery("select p.id from Provider p where p.organisation = :org", UUID.class)
                .setParameter("org", access.organisation()).getResultList().stream().map(UUID::toString).toList();
        if (providers.isEmpty()) {
            return false;
        }
        return em.createQuery("select count(a) from A1Referral a where a.personId = :person and a.providerId in :providers"
                + " and a.status in :placed", Long.class).setParameter("person", personId).setParameter("providers", providers)
                .setParameter("placed", java.util.List.of(org.nottspartners.portal.housing.referral.A1Referral.Status.PLACED,
                        org.nottspartners.portal.housing.referral.A1Referral.Status.MOVED_IN))
                .getSingleResult() > 0;
    }
}
