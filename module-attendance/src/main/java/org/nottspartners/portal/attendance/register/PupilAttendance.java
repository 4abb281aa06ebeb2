package org.nottspartners.portal.attendance.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.attendance.rules.AbsenceRate;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.attendance.rules.PenaltyNoticeRule;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.TenantSettings;

/**
 * A pupil's attendance from the council's marks (RULES.md §4), counted by the database: rates over a period (possible
 * sessions only), and whether a parent may be given a penalty notice on a day ({@link PenaltyNoticeRule}, over the
 * council's term dates). The pupil is opened through core's person access, so every look is audited and a record the
 * caller may not open answers "not found".
 */
@ApplicationScoped
@Transactional
public class PupilAttendance {

    private static final String POSSIBLE = codes(RegisterCode::possible);
    private static final String ABSENT = codes(RegisterCode::absence);
    private static final String UNAUTHORISED = codes(RegisterCode::unauthorised);

    /** The council again, beside row-level security: each layer holds on its own (issue 25). */
    private static final String COUNCIL = " and tenant_id = current_setting('portal.tenant', true)";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonRecordAccess access;

    @Inject
    CouncilCalendars calendars;

    @Inject
    TenantSettings settings;

    /** A pupil's rate over a period, with whether it is persistent or severe absence at the council's percentages. */
    public record Rates(AbsenceRate rate, double attendancePercent, boolean persistent, boolean severe) {
    }

    public Rates rates(UUID personId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("from", "Give the period as from and to dates, from first");
        }
        String upn = upnOf(personId);
        Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where code in (" + POSSIBLE + ")),"
                        + " count(*) filter (where code in (" + ABSENT + ")), count(*) filter (where code in (" + UNAUTHORISED + "))"
                        + " from att_mark where upn = ?1 and session_date between ?2 and ?3" + COUNCIL)
                .setParameter(1, upn).setParameter(2, from).setParameter(3, to).getSingleResult();
        AbsenceRate rate = new AbsenceRate(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(),
                ((Number) counts[2]).intValue());
        return new Rates(rate, rate.attendancePercent(), rate.persistent(settings.number(AttendanceSettings.PERSISTENT_PERCENT, to)),
                rate.severe(settings.number(AttendanceSettings.SEVERE_PERCENT, to)));
    }

    /** Whether a parent of the pupil may be given a penalty notice on {@code on}, with the window and the reason. */
    public PenaltyNoticeRule.Decision penaltyNotice(UUID personId, LocalDate on) {
        return penaltyNotice(personId, on, List.of());
    }

    /** As {@link #penaltyNotice(UUID, LocalDate)}, counting a parent's earlier notices for this child (withdrawn ones marked). */
    public PenaltyNoticeRule.Decision penaltyNotice(UUID personId, LocalDate on, List<PenaltyNoticeRule.EarlierNotice> earlier) {
        if (on == null) {
            throw new InvalidInputException("on", "Give the day to decide on, like 2026-11-30");
        }
        String upn = upnOf(personId);
        @SuppressWarnings("unchecked")
        List<Object> days = em.createNativeQuery("select to_char(session_date, 'YYYY-MM-DD') from att_mark where upn = ?1 and code in (" + UNAUTHORISED
                + ") and session_date <= ?2" + COUNCIL + " order by session_date").setParameter(1, upn).setParameter(2, on)
                .getResultList();
        List<LocalDate> sessions = days.stream().map(d -> LocalDate.parse((String) d)).toList();
        try {
            return PenaltyNoticeRule.decide(sessions, earlier, on, calendars.current(),
                    AttendanceSettings.noticeTerms(settings::number, on));
        } catch (IllegalStateException noTermDates) {
            throw new InvalidInputException("on", noTermDates.getMessage());
        }
    }

    /** The school whose register last marked the pupil, by name; empty when none has (or the pupil has no UPN). */
    public java.util.Optional<String> schoolOf(UUID personId) {
        Person p = access.open(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        if (p.upn() == null) {
            return java.util.Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery("select s.name from att_mark m join att_school s on s.tenant_id = m.tenant_id"
                + " and s.urn = m.urn where m.upn = ?1 and m.tenant_id = current_setting('portal.tenant', true)"
                + " order by m.session_date desc limit 1").setParameter(1, p.upn()).getResultList();
        return names.stream().findFirst().map(String::valueOf);
    }

    /** The phase (PRIMARY, SECONDARY) of the school whose register last marked the pupil. */
    public java.util.Optional<String> phaseOf(UUID personId) {
        Person p = access.open(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        if (p.upn() == null) {
            return java.util.Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> phases = em.createNativeQuery("select s.phase from att_mark m join att_school s on s.tenant_id = m.tenant_id"
                + " and s.urn = m.urn where m.upn = ?1 and m.tenant_id = current_setting('portal.tenant', true)"
                + " order by m.session_date desc limit 1").setParameter(1, p.upn()).getResultList();
        return phases.stream().findFirst().map(String::valueOf);
    }

    /** One register mark: the day, the session (AM or PM), the code and the school's URN. */
    public record Mark(LocalDate date, String session, String code, String urn) {
    }

    /** The pupil's marks over a period, in order. */
    public List<Mark> marks(UUID personId, LocalDate from, LocalDate to) {
        String upn = upnOf(personId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select to_char(session_date, 'YYYY-MM-DD'), session, code, urn from att_mark"
                + " where upn = ?1 and session_date between ?2 and ?3" + COUNCIL + " order by session_date, session")
                .setParameter(1, upn).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream().map(r -> new Mark(LocalDate.parse((String) r[0]), (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** The first day of the school year a day is in (1 September). */
    public static LocalDate schoolYearStart(LocalDate on) {
        return LocalDate.of(on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1, 9, 1);
    }

    private String upnOf(UUID personId) {
        Person p = access.open(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        if (p.upn() == null) {
            throw new InvalidInputException("personId", p.givenName() + " " + p.familyName() + " has no UPN recorded: record it"
                    + " on their family record so their school's registers match them");
        }
        return p.upn();
    }

    private static String codes(java.util.function.Predicate<RegisterCode> which) {
        return Arrays.stream(RegisterCode.values()).filter(which).map(c -> "'" + c.mark().replace("'", "''") + "'")
                .collect(Collectors.joining(","));
    }
}
