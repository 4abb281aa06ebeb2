package org.nottspartners.portal.core.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;

/** The current council's postcode-to-ward map, read when a person's postcode is recorded, replaced by its administrators. */
@ApplicationScoped
@Transactional
public class Wards {

    /** A district ({@code NG7}), a sector ({@code NG7 2}) or a whole postcode ({@code NG7 2RD}). */
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9]([A-Z]{2})?)?");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public WardMap map() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries().forEach(e -> entries.put(e.postcodePrefix(), e.ward()));
        return WardMap.of(entries);
    }

    /** The ward of a postcode, for the current council; empty when it keeps no map. */
    public Optional<String> wardOf(String postcode) {
        return map().wardOf(postcode);
    }

    public List<PostcodeWard> entries() {
        return em.createQuery("select w from PostcodeWard w order by w.postcodePrefix", PostcodeWard.class).getResultList();
    }

    /**
     * Replaces the council's whole map (for example from the ONS postcode directory), checking every
     * entry first so that a bad line changes nothing. People already recorded keep their ward until
     * their postcode is next saved.
     */
    public int replace(Map<String, String> wardByPrefix) {
        List<Problem.FieldError> errors = new ArrayList<>();
        wardByPrefix.forEach((prefix, ward) -> {
            if (prefix == null || !PREFIX.matcher(WardMap.key(prefix)).matches()) {
                errors.add(new Problem.FieldError("postcodePrefix",
                        "'" + prefix + "' is not a postcode, sector or district, like NG7 2RD, NG7 2 or NG7"));
            }
            if (ward == null || ward.isBlank() || ward.length() > 100) {
                errors.add(new Problem.FieldError("ward", "Give a ward name of 1 to 100 characters for " + prefix));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createQuery("delete from PostcodeWard w").executeUpdate(); // this council's: EclipseLink adds the council
        wardByPrefix.forEach((prefix, ward) -> em.persist(new PostcodeWard(tenant(), prefix, ward)));
        em.flush();
        AuditTrail.record(AuditAction.CONFIGURE, "ward-map", tenant(), wardByPrefix.size() + " postcode entries");
        return wardByPrefix.size();
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
