package org.nottspartners.portal.earlyhelp.threshold;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nottspartners.portal.core.scope.TenantScope;

/** The current council's threshold framework (as in force on a date) and its early help teams. */
@ApplicationScoped
@Transactional
public class EarlyHelpSetup {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Each level of the council's framework in force on {@code date}: the latest version of each code. */
    public List<ThresholdLevel> levelsOn(LocalDate date) {
        Map<String, ThresholdLevel> latest = new LinkedHashMap<>();
        em.createQuery("select l from ThresholdLevel l where l.tenantId = :t and l.effectiveFrom <= :d"
                        + " order by l.sortOrder, l.effectiveFrom", ThresholdLevel.class)
                .setParameter("t", tenant()).setParameter("d", date).getResultList()
                .forEach(l -> latest.put(l.code(), l));
        return List.copyOf(latest.values());
    }

    public Optional<ThresholdLevel> level(String code, LocalDate date) {
        return levelsOn(date).stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public List<Team> teams() {
        return em.createQuery("select t from Team t where t.tenantId = :t order by t.kind, t.name", Team.class)
                .setParameter("t", tenant()).getResultList();
    }

    public Optional<Team> team(String code) {
        return teams().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
