package org.nottspartners.portal.core.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.nottspartners.portal.core.cache.CouncilCache;
import org.nottspartners.portal.core.calendar.ClockStatus;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.calendar.QualityStandardSettings;
import org.nottspartners.portal.core.calendar.StandardClock;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.ModuleRegistry;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;

/**
 * The current council's quality-standard clocks. A module starts a clock when the standard's starting
 * event happens and stops it on the stopping event; the clock is due under the timescale in force on the
 * day it started, in the council's own calendar. Managers see, per team and per worker, what is in time,
 * due soon and overdue.
 */
@ApplicationScoped
@Transactional
public class StandardClocks {


    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    QualityStandards standards;

    @Inject
    CouncilCalendars calendars;

    @Inject
    TenantSettings settings;

    @Inject
    ModuleRegistry modules;

    /** How old the dashboard's counts may be: a clock started or stopped on this server is counted at once. */
    public static final Duration DASHBOARD_AGE = Duration.ofSeconds(15);

    /** Each council's dashboard counts, by the set of modules counted. */
    private final CouncilCache<String, Map<Set<String>, List<ClockCount>>> counted = CouncilCache.named("clock-counts", DASHBOARD_AGE);

    /**
     * Starts the clock of a standard on a piece of work, if it is not already running on it (a repeated
     * event changes nothing), and if the council works to the standard on that day: a standard the council's
     * settings say is "not used" starts no clock (issue 23: each council's own rules, never another's).
     *
     * @return the clock running on the work, or empty where the council does not use the standard
     * @throws IllegalArgumentException if no installed module registers the standard
     */
    public Optional<ClockRecord> start(String standardId, ClockSubject subject, OffsetDateTime startedAt) {
        Optional<ClockRecord> running = running(standardId, subject.type(), subject.id());
        if (running.isPresent()) {
            return running;
        }
        String moduleId = standards.moduleOf(standardId)
                .orElseThrow(() -> new IllegalArgumentException("No installed module registers the quality standard " + standardId))
                .id();
        QualityStandardSettings council = standards.forCurrentCouncil();
        WorkingDayCalendar calendar = calendars.current();
        if (!council.standardInForceOn(standardId, calendar.dayOf(startedAt.toInstant())).dueRule().inUse()) {
            return Optional.empty();
        }
        StandardClock clock = council.startClock(standardId, startedAt.toInstant(), calendar);
        ClockRecord record = new ClockRecord(moduleId, subject, clock);
        em.persist(record);
        em.flush();
        counted.changed(tenant());
        return Optional.of(record);
    }

    /** Whether the current council works to the standard on a day (its settings may say "not used", issue 23). */
    public boolean inUse(String standardId, LocalDate day) {
        return standards.forCurrentCouncil().standardInForceOn(standardId, day).dueRule().inUse();
    }

    /** Stops the running clock of a standard on a piece of work, if there is one. */
    public Optional<ClockRecord> stop(String standardId, String subjectType, String subjectId, OffsetDateTime at) {
        Optional<ClockRecord> running = running(standardId, subjectType, subjectId);
        running.ifPresent(c -> c.stop(at));
        em.flush();
        counted.changed(tenant());
        return running;
    }

    /**
     * Carries a relaxation still in force from a clock that has just stopped to the clock that replaces it on
     * the same work (contact restarts at every contact): the group manager's agreement holds until its review.
     */
    public void carryRelaxation(Optional<ClockRecord> stopped, Optional<ClockRecord> replacement, OffsetDateTime now) {
        if (replacement.isEmpty()) {
            return;
        }
        ClockRecord started = replacement.get();
        stopped.filter(old -> old.isRelaxedAt(now)).filter(old -> started.stoppedAt() == null).ifPresent(old -> {
            started.relax(old.relaxedBy(), old.relaxationReason(), old.relaxedAt(), old.relaxationReviewDue());
            em.flush();
            counted.changed(tenant());
        });
    }

    /** Stops every running clock on a piece of work (it closed, or left the service). */
    public int stopAll(String subjectType, String subjectId, OffsetDateTime at) {
        List<ClockRecord> running = em.createQuery("select c from ClockRecord c where c.subjectType = :t and c.subjectId = :i"
                + " and c.stoppedAt is null", ClockRecord.class).setParameter("t", subjectType).setParameter("i", subjectId)
                .getResultList();
        running.forEach(c -> c.stop(at));
        em.flush();
        counted.changed(tenant());
        return running.size();
    }

    /** Hands every running clock on a piece of work to another team or worker (allocation, transfer). */
    public int assign(String subjectType, String subjectId, String team, String worker) {
        if (team == null || team.isBlank()) {
            throw new InvalidInputException("team", "Choose the team responsible");
        }
        List<ClockRecord> clocks = em.createQuery("select c from ClockRecord c where c.subjectType = :t and c.subjectId = :i"
                + " and c.stoppedAt is null", ClockRecord.class).setParameter("t", subjectType).setParameter("i", subjectId)
                .getResultList();
        clocks.forEach(c -> c.assign(team, worker));
        em.flush();
        counted.changed(tenant());
        return clocks.size();
    }

    /** Every clock on a piece of work, running or stopped, oldest first. */
    public List<ClockRecord> on(String subjectType, String subjectId) {
        return em.createQuery("select c from ClockRecord c where c.subjectType = :t and c.subjectId = :i order by c.startedAt, c.id",
                ClockRecord.class).setParameter("t", subjectType).setParameter("i", subjectId).getResultList();
    }

    /**
     * The counts of running clocks by team, worker and standard as at {@code now}: in time, due soon
     * (deadline within the council's "due soon" working days) and overdue. Counted by the database, so
     * the dashboard costs the same for ten cases as for twenty thousand.
     * <p>
     * The counts are kept for at most {@link #DASHBOARD_AGE} and counted again at once when a clock starts,
     * stops or changes hands on this server: a dashboard read by a whole team counts once, not once per reader.
     */
    public List<ClockCount> dashboard(OffsetDateTime now, Set<String> modules) {
        if (modules.isEmpty()) {
            return List.of();
        }
        return counted.get(tenant(), council -> new ConcurrentHashMap<>())
                .computeIfAbsent(Set.copyOf(modules), m -> List.copyOf(count(now, m)));
    }

    private List<ClockCount> count(OffsetDateTime now, Set<String> modules) {
        OffsetDateTime soon = dueSoonUntil(now);
        return em.createQuery("select new org.nottspartners.portal.core.clock.ClockCount(c.team, c.worker, c.standardId,"
                + " c.standardName,"
                + " sum(case when " + NOT_RELAXED + " and c.dueAt >= :soon then 1 else 0 end),"
                + " sum(case when " + NOT_RELAXED + " and c.dueAt >= :now and c.dueAt < :soon then 1 else 0 end),"
                + " sum(case when " + NOT_RELAXED + " and c.dueAt < :now then 1 else 0 end),"
                + " sum(case when " + RELAXED + " then 1 else 0 end))"
                + " from ClockRecord c where c.stoppedAt is null and c.moduleId in :modules"
                + " group by c.team, c.worker, c.standardId, c.standardName"
                + " order by c.team, c.worker, c.standardId", ClockCount.class)
                .setParameter("now", now).setParameter("soon", soon).setParameter("modules", modules).getResultList();
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }

    /** Running clocks in a status (IN_TIME, DUE_SOON or OVERDUE), for a team and optionally a worker, soonest due first. */
    public List<ClockRecord> running(String team, String worker, ClockStatus status, OffsetDateTime now, int max,
            Set<String> modules) {
        if (modules.isEmpty()) {
            return List.of();
        }
        OffsetDateTime soon = dueSoonUntil(now);
        StringBuilder jpql = new StringBuilder("select c from ClockRecord c where c.stoppedAt is null and c.moduleId in :modules");
        if (team != null) {
            jpql.append(" and c.team = :team");
        }
        if (worker != null) {
            jpql.append(" and c.worker = :worker");
        }
        if (status != null) {
            jpql.append(switch (status) {
                case OVERDUE -> " and " + NOT_RELAXED + " and c.dueAt < :now";
                case DUE_SOON -> " and " + NOT_RELAXED + " and c.dueAt >= :now and c.dueAt < :soon";
                case IN_TIME -> " and " + NOT_RELAXED + " and c.dueAt >= :soon";
                case RELAXED -> " and " + RELAXED;
                default -> throw new InvalidInputException("status", "Choose running clocks: IN_TIME, DUE_SOON, OVERDUE or RELAXED");
            });
        }
        jpql.append(" order by c.dueAt, c.id");
        TypedQuery<ClockRecord> q = em.createQuery(jpql.toString(), ClockRecord.class).setMaxResults(max)
                .setParameter("modules", modules);
        if (team != null) {
            q.setParameter("team", team);
        }
        if (worker != null) {
            q.setParameter("worker", worker);
        }
        if (status != null) {
            q.setParameter("now", now);
            if (status == ClockStatus.DUE_SOON || status == ClockStatus.IN_TIME) {
                q.setParameter("soon", soon);
            }
        }
        return q.getResultList();
    }

    /** A relaxation in force at {@code :now}: agreed by a group manager and its weekly review not missed. */
    private static final String RELAXED = "(c.relaxedAt is not null and c.relaxationReviewDue >= :now)";
    private static final String NOT_RELAXED = "(c.relaxedAt is null or c.relaxationReviewDue < :now)";

    /**
     * A group manager relaxes a standard for one piece of work (002 §3c5: "relaxing any quality standard needs a
     * group manager's agreement, reviewed weekly"). While it holds, the clock is counted as relaxed, not
     * overdue; unreviewed after the review period, it counts as before. Audited.
     */
    public ClockRecord relax(UUID clockId, long version, String reason, String groupManager, OffsetDateTime now,
            Set<String> modules) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new InvalidInputException("reason", "Give the reason the standard is relaxed for this family, in 1000 characters or fewer");
        }
        ClockRecord clock = runningClock(clockId, version, modules);
        if (clock.isRelaxedAt(now)) {
            throw new ActionRefusedException("This standard is already relaxed, by " + clock.relaxedBy() + ": review it instead");
        }
        clock.relax(groupManager.length() > 100 ? groupManager.substring(0, 100) : groupManager, reason.strip(), now,
                reviewDue(now));
        em.flush();
        counted.changed(tenant());
        AuditTrail.record(AuditAction.UPDATE, ClockRecord.RECORD_TYPE, clockId.toString(),
                "Standard relaxed (" + clock.standardName() + " on " + clock.subjectLabel() + "): " + reason.strip());
        return clock;
    }

    /** The weekly review of a relaxation: kept for another period, or ended. Audited. */
    public ClockRecord reviewRelaxation(UUID clockId, long version, boolean keep, String note, OffsetDateTime now,
            Set<String> modules) {
        if (note == null || note.isBlank() || note.strip().length() > 1000) {
            throw new InvalidInputException("note", "Say what the review found, in 1000 characters or fewer");
        }
        ClockRecord clock = runningClock(clockId, version, modules);
        if (clock.relaxedAt() == null) {
            throw new ActionRefusedException("This standard is not relaxed for this work");
        }
        clock.reviewRelaxation(keep, reviewDue(now));
        em.flush();
        counted.changed(tenant());
        AuditTrail.record(AuditAction.UPDATE, ClockRecord.RECORD_TYPE, clockId.toString(),
                (keep ? "Relaxation kept after review: " : "Relaxation ended after review: ") + note.strip());
        return clock;
    }

    /** A clock the user may see (of a module they work in as staff), running or stopped. */
    public Optional<ClockRecord> visible(UUID clockId, Set<String> modules) {
        ClockRecord clock = clockId == null ? null : em.find(ClockRecord.class, clockId);
        return clock != null && modules.contains(clock.moduleId()) ? Optional.of(clock) : Optional.empty();
    }

    private ClockRecord runningClock(UUID clockId, long version, Set<String> modules) {
        ClockRecord clock = clockId == null ? null : em.find(ClockRecord.class, clockId);
        if (clock == null || !modules.contains(clock.moduleId())) {
            throw new RecordNotFoundException("There is no such timed piece of work that you can see.");
        }
        if (clock.version() != version) {
            throw new StaleRecordException(ClockRecord.RECORD_TYPE, clockId.toString(), version, clock.version());
        }
        if (clock.stoppedAt() != null) {
            throw new ActionRefusedException("This piece of work is no longer timed: the standard was met or the work ended");
        }
        return clock;
    }

    private OffsetDateTime reviewDue(OffsetDateTime now) {
        WorkingDayCalendar calendar = calendars.current();
        int days = settings.number(ClockSettings.RELAXATION_REVIEW, now.atZoneSameInstant(calendar.zone()).toLocalDate());
        return now.plusDays(days);
    }

    /** The council staff who work to quality standards (partners never see the clocks: they name families). */
    public static boolean isStaff(Set<PortalRole> roles) {
        return PortalRole.anyIs(roles, PortalRole.Kind.COUNCIL_STAFF);
    }

    /** The modules whose clocks someone with these roles in the council may see: those they work in as staff. */
    public Set<String> modulesVisibleTo(Set<PortalRole> roles) {
        Set<PortalRole> staff = roles.stream().filter(r -> r.is(PortalRole.Kind.COUNCIL_STAFF))
                .collect(java.util.stream.Collectors.toSet());
        return modules.modules().stream().filter(m -> m.roles().stream().anyMatch(staff::contains))
                .map(m -> m.id()).collect(java.util.stream.Collectors.toSet());
    }

    /** The first deadline that is no longer "due soon": after the end of the N-th working day from today. */
    OffsetDateTime dueSoonUntil(OffsetDateTime now) {
        WorkingDayCalendar calendar = calendars.current();
        LocalDate today = now.atZoneSameInstant(calendar.zone()).toLocalDate();
        int days = settings.number(ClockSettings.DUE_SOON, today);
        return dueSoonUntil(calendar, today, days);
    }

    /** The start of the day after the {@code workingDays}-th working day after {@code today}, in the council's zone. */
    static OffsetDateTime dueSoonUntil(WorkingDayCalendar calendar, LocalDate today, int workingDays) {
        LocalDate last = workingDays == 0 ? today : calendar.addWorkingDays(today, workingDays);
        return last.plusDays(1).atStartOfDay(calendar.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private Optional<ClockRecord> running(String standardId, String subjectType, String subjectId) {
        return em.createQuery("select c from ClockRecord c where c.standardId = :s and c.subjectType = :t and c.subjectId = :i"
                + " and c.stoppedAt is null", ClockRecord.class).setParameter("s", standardId).setParameter("t", subjectType)
                .setParameter("i", subjectId).getResultStream().findFirst();
    }
}
