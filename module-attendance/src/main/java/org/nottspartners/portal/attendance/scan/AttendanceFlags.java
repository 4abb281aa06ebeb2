package org.nottspartners.portal.attendance.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.time.Today;

/**
 * The pupils the latest scan flagged this school year, newest first, for an attendance officer's worklist: each with
 * the person its UPN matches (when one does); every person listed is audited as read.
 */
@ApplicationScoped
@Transactional
public class AttendanceFlags {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Today today;

    /** A flag as the officer sees it. */
    public record Flag(String upn, UUID personId, String name, String kind, String words, LocalDate firstFlaggedOn,
            LocalDate lastFlaggedOn, String detail) {
    }

    /** The flags of one kind (or all), first flagged on or after {@code since} (or all this school year). */
    public List<Flag> list(FlagKind kind, LocalDate since, int max) {
        if (max < 1 || max > 1000) {
            throw new InvalidInputException("max", "Ask for between 1 and 1000 pupils");
        }
        LocalDate day = today.date();
        LocalDate yearStart = PupilAttendance.schoolYearStart(day);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.upn, p.id, p.given_name || ' ' || p.family_name, f.kind,"
                        + " to_char(f.first_flagged_on, 'YYYY-MM-DD'), to_char(f.last_flagged_on, 'YYYY-MM-DD'), f.detail"
                        + " from att_flag f left join core_person p on p.tenant_id = f.tenant_id and p.upn = f.upn"
                        + " and p.merged_into is null"
                        + " where f.tenant_id = current_setting('portal.tenant', true) and f.school_year = ?1"
                        + " and (?2 = '' or f.kind = ?2) and f.first_flagged_on >= ?3"
                        // only what the latest scan still found: a pupil whose attendance recovered leaves the list
                        + " and f.last_flagged_on = (select max(l.last_flagged_on) from att_flag l"
                        + " where l.tenant_id = f.tenant_id and l.school_year = f.school_year)"
                        + " order by f.first_flagged_on desc, f.kind, f.upn limit ?4")
                .setParameter(1, yearStart).setParameter(2, kind == null ? "" : kind.name())
                .setParameter(3, since == null ? yearStart : since).setParameter(4, max).getResultList();
        List<Flag> flags = new ArrayList<>();
        for (Object[] r : rows) {
            UUID person = r[1] == null ? null : (UUID) r[1];
            FlagKind k = FlagKind.valueOf((String) r[3]);
            flags.add(new Flag((String) r[0], person, (String) r[2], k.name(), k.words(), LocalDate.parse((String) r[4]),
                    LocalDate.parse((String) r[5]), (String) r[6]));
            if (person != null) {
                AuditTrail.record(AuditAction.READ, "person", person.toString(), "listed among the pupils the attendance scan"
                        + " flagged");
            }
        }
        return flags;
    }
}
