package org.nottspartners.portal.attendance.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.core.calendar.BankHolidays;
import org.nottspartners.portal.core.scheduling.NightlyJob;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;

/**
 * The nightly attendance scan, one of core's {@link NightlyJob}s: runs {@link ScanSql}'s statements for the council
 * with its settings on the day, and says how many pupils were newly flagged of each kind.
 */
@ApplicationScoped
public class AttendanceScan implements NightlyJob {

    public static final String NAME = "attendance-scan";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantSettings settings;

    @Inject
    jakarta.enterprise.event.Event<org.nottspartners.portal.core.event.PupilAbsenceFlagged> absences;

    @Override
    public String moduleId() {
        return "attendance";
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run(LocalDate day) {
        String tenant = TenantScope.current().orElseThrow();
        LocalDate yearStart = PupilAttendance.schoolYearStart(day);
        String bankHolidays = BankHolidays.englandAndWales().all().stream().map(h -> h.date().toString())
                .filter(d -> d.compareTo(yearStart.toString()) >= 0 && d.compareTo(day.toString()) <= 0)
                .collect(Collectors.joining(","));
        run(ScanSql.ABSENCE, tenant, yearStart, day, settings.number(AttendanceSettings.PERSISTENT_PERCENT, day),
                settings.number(AttendanceSettings.SEVERE_PERCENT, day));
        run(ScanSql.NOTICE_THRESHOLD, tenant, yearStart, day, settings.number(AttendanceSettings.NOTICE_SESSIONS, day),
                settings.number(AttendanceSettings.NOTICE_WEEKS, day));
        run(ScanSql.MISSING, tenant, yearStart, day, settings.number(AttendanceSettings.MISSING_TRACE_DAYS, day),
                settings.number(AttendanceSettings.MISSING_OFF_ROLL_DAYS, day), bankHolidays);
        if (settings.choice(AttendanceSettings.REFERRALS, AttendanceSettings.CaseManagementReferrals.class, day)
                == AttendanceSettings.CaseManagementReferrals.LISTED) {
            run(ScanSql.REFERRAL, tenant, yearStart, day, settings.number(AttendanceSettings.REFERRAL_BELOW_PERCENT, day),
                    settings.number(AttendanceSettings.REFERRAL_WEEKS, day) * 7);
        }
        announceAbsence(tenant, yearStart, day);
        List<String> counts = new ArrayList<>();
        for (Object row : em.createNativeQuery(ScanSql.NEW_BY_KIND).setParameter(1, tenant).setParameter(2, yearStart)
                .setParameter(3, day).getResultList()) {
            Object[] r = (Object[]) row;
            counts.add(((Number) r[1]).longValue() + " " + FlagKind.valueOf((String) r[0]).words());
        }
        return "Scanned the marks since " + yearStart + ". " + (counts.isEmpty() ? "No pupil newly flagged."
                : "Newly flagged: " + String.join(", ", counts) + ".");
    }

    /** Tells other modules, through core's event, of every matched pupil the scan finds persistently or severely absent. */
    private void announceAbsence(String tenant, LocalDate yearStart, LocalDate day) {
        for (Object row : em.createNativeQuery(ScanSql.ABSENT_PUPILS).setParameter(1, tenant).setParameter(2, yearStart)
                .setParameter(3, day).getResultList()) {
            Object[] r = (Object[]) row;
            absences.fire(new org.nottspartners.portal.core.event.PupilAbsenceFlagged(tenant, (java.util.UUID) r[0],
                    FlagKind.valueOf((String) r[1]) == FlagKind.SEVERE ? "severe-absence" : "persistent-absence", yearStart, day));
        }
    }

    private void run(String sql, String tenant, LocalDate yearStart, LocalDate day, Object... more) {
        var query = em.createNativeQuery(sql).setParameter(1, tenant).setParameter(2, yearStart).setParameter(3, day);
        for (int i = 0; i < more.length; i++) {
            query.setParameter(4 + i, more[i]);
        }
        query.executeUpdate();
    }
}
