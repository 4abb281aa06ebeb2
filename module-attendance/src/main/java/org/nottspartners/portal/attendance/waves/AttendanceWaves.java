package org.nottspartners.portal.attendance.waves;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.attendance.notices.AttendanceStandards;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.clock.ClockSubject;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;

/**
 * The waves of attendance support where the council runs them (City 004; a setting): a pupil at Waves 2 and 3's
 * attendance this school year is triaged; accepted or not, with the reason; assigned to the Taskforce or a Family Support
 * Officer for a cycle (core's clock {@code att-wave-cycle}); closed at the cycle's end with whether attendance during it
 * rose above attendance at triage, or earlier when the family declines. Each step from the version read.
 */
@ApplicationScoped
@Transactional
public class AttendanceWaves {

    static final String SUBJECT = "attendance-wave-case";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonRecordAccess people;

    @Inject
    PupilAttendance pupils;

    @Inject
    TenantSettings settings;

    @Inject
    StandardClocks clocks;

    @Inject
    Today today;

    public WaveCase triage(UUID childId) {
        LocalDate on = today.date();
        if (settings.choice(AttendanceSettings.WAVES, AttendanceSettings.Waves.class, on) != AttendanceSettings.Waves.USED) {
            throw new ActionRefusedException("Waves are not used here", "This council does not run waves of attendance support;"
                    + " refer the pupil for case management instead.");
        }
        Person child = people.open(childId).orElseThrow(() -> new PersonNotFoundException(childId));
        double percent = pupils.rates(child.id(), PupilAttendance.schoolYearStart(on), on).attendancePercent();
        WaveRules.triageRefusal(percent, settings.number(AttendanceSettings.WAVES_TWO_THREE_FROM, on),
                settings.number(AttendanceSettings.WAVE_ONE_FROM, on)).ifPresent(why -> {
                    throw new ActionRefusedException("Not for the waves", child.givenName() + "'s attendance this school year: " + why);
                });
        boolean open = !em.createQuery("select w from WaveCase w where w.childId = :c and w.status in :open", WaveCase.class)
                .setParameter("c", child.id()).setParameter("open", List.of(WaveRules.Status.TRIAGED, WaveRules.Status.ACCEPTED,
                        WaveRules.Status.ASSIGNED)).getResultList().isEmpty();
        if (open) {
            throw new ActionRefusedException("Already in the waves", child.givenName() + " already has an open wave case");
        }
        String phase = pupils.phaseOf(child.id()).orElseThrow(() -> new ActionRefusedException("No school known",
                child.givenName() + " has no register marks yet, so their school's phase is not known"));
        WaveCase w = new WaveCase(child.id(), phase, on, percent);
        em.persist(w);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException concurrent) {
            throw new ActionRefusedException("Already in the waves", child.givenName() + " was triaged a moment ago");
        }
        return w;
    }

    public WaveCase decide(UUID id, long version, boolean accepted, String reason) {
        WaveCase w = forChange(id, version, WaveRules.Status.TRIAGED, "Only a triaged case is accepted or not");
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "Say why the case is not accepted");
        }
        w.decide(accepted, today.date(), reason == null ? null : reason.strip());
        em.flush();
        return w;
    }

    public WaveCase assign(UUID id, long version, WaveRules.Wave wave) {
        if (wave == null) {
            throw new InvalidInputException("wave", "Choose TASKFORCE (Wave 2) or FAMILY_SUPPORT (Wave 3)");
        }
        WaveCase w = forChange(id, version, WaveRules.Status.ACCEPTED, "Only an accepted case is assigned");
        LocalDate on = today.date();
        w.assign(wave, on, on.plusWeeks(settings.number(AttendanceSettings.WAVE_CYCLE_WEEKS, on)));
        em.flush();
        clocks.start(AttendanceStandards.WAVE_CYCLE, new ClockSubject(SUBJECT, w.id().toString(), "Attendance support cycle",
                wave == WaveRules.Wave.TASKFORCE ? "Attendance Taskforce" : "Family Support Officers", null), today.now());
        return w;
    }

    /** Closes the cycle: at its end, with attendance during it; or earlier when the family declines. */
    public WaveCase close(UUID id, long version, boolean declined) {
        WaveCase w = em.find(WaveCase.class, id);
        if (w == null || people.open(w.childId()).isEmpty()) {
            throw new RecordNotFoundException("There is no such wave case in this council.");
        }
        if (w.status() != WaveRules.Status.ASSIGNED && !(declined && w.status() == WaveRules.Status.ACCEPTED)) {
            throw new ActionRefusedException("Only a case in its cycle is closed (or an accepted one the family declines)");
        }
        if (w.version() != version) {
            throw new StaleRecordException(SUBJECT, id.toString(), version, w.version());
        }
        LocalDate on = today.date();
        WaveRules.closeRefusal(w.cycleEnds() == null ? on : w.cycleEnds(), on, declined).ifPresent(why -> {
            throw new ActionRefusedException("The cycle has not ended", why);
        });
        // attendance during the cycle, over its possible sessions; none recorded shows no improvement
        PupilAttendance.Rates cycle = w.assignedOn() == null ? null : pupils.rates(w.childId(), w.assignedOn(), on);
        Double during = cycle == null || cycle.rate().possible() == 0 ? null : cycle.attendancePercent();
        w.close(on, WaveRules.outcome(w.attendanceAtTriage(), during == null ? 0 : during, declined), during);
        em.flush();
        clocks.stopAll(SUBJECT, w.id().toString(), today.now());
        return w;
    }

    public List<WaveCase> of(UUID childId) {
        people.open(childId).orElseThrow(() -> new PersonNotFoundException(childId));
        return em.createQuery("select w from WaveCase w where w.childId = :c order by w.triagedOn desc", WaveCase.class)
                .setParameter("c", childId).getResultList();
    }

    /** One phase's funnel this school year, as the board reads it (004). */
    public record Funnel(String phase, long triaged, long accepted, long familySupport, long taskforce, long closedAfterCycle,
            long improved, long declined) {
    }

    /** The funnel by phase for the school year {@code day} is in, counts only. */
    public List<Funnel> funnel(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select phase, count(*), count(*) filter (where decided_on is not null"
                        + " and status <> 'NOT_ACCEPTED'), count(*) filter (where wave = 'FAMILY_SUPPORT'),"
                        + " count(*) filter (where wave = 'TASKFORCE'), count(*) filter (where outcome in ('IMPROVED', 'NOT_IMPROVED')),"
                        + " count(*) filter (where outcome = 'IMPROVED'), count(*) filter (where outcome = 'DECLINED')"
                        + " from att_wave_case where tenant_id = current_setting('portal.tenant', true) and triaged_on >= ?1"
                        + " group by phase order by phase")
                .setParameter(1, PupilAttendance.schoolYearStart(day)).getResultList();
        return rows.stream().map(r -> new Funnel((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])))
                .toList();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    private WaveCase forChange(UUID id, long version, WaveRules.Status expected, String otherwise) {
        WaveCase w = id == null ? null : em.find(WaveCase.class, id);
        if (w == null || people.open(w.childId()).isEmpty()) {
            throw new RecordNotFoundException("There is no such wave case in this council.");
        }
        if (w.version() != version) {
            throw new StaleRecordException(SUBJECT, id.toString(), version, w.version());
        }
        if (w.status() != expected) {
            throw new ActionRefusedException(otherwise + " (this one is " + w.status().name().toLowerCase(java.util.Locale.UK) + ")");
        }
        return w;
    }
}
