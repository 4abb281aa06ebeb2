package org.nottspartners.portal.core.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.time.Today;

/**
 * Hands out a module's record references in the current council: {@code EH-2026-000123}, the series, the year and a
 * number counting up from 1 in each council and year (issue 22: "references people can read and say on the
 * phone ... never a fragment of a record's id"). The number is taken in the caller's transaction with one
 * database statement, so two referrals at the same moment get two numbers, and a rolled-back referral gives its
 * number back.
 */
@ApplicationScoped
@Transactional
public class References {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Today today;

    /** The next reference of a series ({@code EH}) in the current council and year. */
    public String next(String series) {
        String council = TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
        int year = today.date().getYear();
        Number n = (Number) em.createNativeQuery("insert into core_reference_sequence (for_tenant, series, ref_year, last_value)"
                        + " values (?1, ?2, ?3, 1) on conflict (for_tenant, series, ref_year)"
                        + " do update set last_value = core_reference_sequence.last_value + 1 returning last_value")
                .setParameter(1, council).setParameter(2, series).setParameter(3, year).getSingleResult();
        return format(series, year, n.longValue());
    }

    /** {@code EH-2026-000123}: six digits at least, more when a council passes a million in a year. */
    public static String format(String series, int year, long number) {
        if (!series.matches("[A-Z]{2,4}") || number < 1) {
            throw new IllegalArgumentException("A reference is 2 to 4 capital letters and a number from 1: " + series + ", " + number);
        }
        return String.format("%s-%d-%06d", series, year, number);
    }
}
