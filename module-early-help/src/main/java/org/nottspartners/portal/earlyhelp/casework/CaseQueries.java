package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.history.History;
import org.nottspartners.portal.core.history.HistoryEntry;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;

/**
 * Reading early help cases for the current council (RULES.md §3): a case and its history, plan targets, TAF
 * meetings, disputes and commissioned work; lists, the waiting list in allocation order (002 §3a3), caseloads
 * and the dashboard's counts; and the version check every change makes first (409 if someone else got there
 * first).
 */
@ApplicationScoped
@Transactional
public class CaseQueries {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    History history;

    @Inject
    CaseAccess access;

    @Inject
    org.nottspartners.portal.core.clock.StandardClocks clocks;

    public EarlyHelpCase find(UUID caseId) {
        // a practitioner outside the case's team is told what another council's user would be (issue 23)
        EarlyHelpCase c = caseId == null || !access.opens(caseId) ? null : em.find(EarlyHelpCase.class, caseId);
        if (c == null) {
            throw new RecordNotFoundException("There is no early help case " + caseId + " in this council.");
        }
        return c;
    }

    /** The case, for a change by a user who read it at {@code expectedVersion}; refused if it has moved on since. */
    public EarlyHelpCase forChange(UUID caseId, long expectedVersion) {
        EarlyHelpCase c = find(caseId);
        if (c.version() != expectedVersion) {
            throw new StaleRecordException(EarlyHelpCase.RECORD_TYPE, caseId.toString(), expectedVersion, c.version());
        }
        return c;
    }

    /** Cases at a stage and team (either may be null for all), oldest referral first, a page at a time. */
    public List<EarlyHelpCase> list(CaseStage stage, String teamCode, String worker, int first, int max) {
        StringBuilder jpql = new StringBuilder("select c from EarlyHelpCase c where 1 = 1");
        if (stage != null) {
            jpql.append(" and c.stage = :stage");
        }
        if (teamCode != null) {
            jpql.append(" and c.teamCode = :team");
        }
        if (worker != null) {
            jpql.append(" and c.leadProfessional = :worker");
        }
        jpql.append(" order by c.receivedAt, c.id");
        TypedQuery<EarlyHelpCase> q = em.createQuery(jpql.toString(), EarlyHelpCase.class).setFirstResult(first).setMaxResults(max);
        if (stage != null) {
            q.setParameter("stage", stage);
        }
        if (teamCode != null) {
            q.setParameter("team", teamCode);
        }
        if (worker != null) {
            q.setParameter("worker", worker);
        }
        return q.getResultList();
    }

    /** The columns a case list may be sorted by, and what each sorts on (issue 14: tables that work). */
    private static final Map<String, String> SORTS = Map.of("familyName", "c.familyName", "reference", "c.reference",
            "receivedAt", "c.receivedAt", "stage", "c.stage", "teamCode", "c.teamCode");

    /** How many cases a filtered list holds (stage and team chosen, family name and reference typed in part). */
    public int count(CaseStage stage, String teamCode, String family, String reference) {
        TypedQuery<Long> q = em.createQuery("select count(c) from EarlyHelpCase c where " + where(stage, teamCode, family, reference),
                Long.class);
        bind(q, stage, teamCode, family, reference);
        return q.getSingleResult().intValue();
    }

    /**
     * A page of a filtered list, sorted by the database on one of the list's columns (received, oldest first, when none
     * is chosen or an unknown one is asked for).
     */
    public List<EarlyHelpCase> page(CaseStage stage, String teamCode, String family, String reference, String sortField,
            boolean ascending, int first, int max) {
        String order = sortField != null && SORTS.containsKey(sortField) ? SORTS.get(sortField) + (ascending ? " asc" : " desc") + ", c.id"
                : "c.receivedAt, c.id";
        TypedQuery<EarlyHelpCase> q = em.createQuery("select c from EarlyHelpCase c where " + where(stage, teamCode, family,
                reference) + " order by " + order, EarlyHelpCase.class).setFirstResult(first).setMaxResults(max);
        bind(q, stage, teamCode, family, reference);
        return q.getResultList();
    }

    private static String where(CaseStage stage, String teamCode, String family, String reference) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (stage != null) {
            w.append(" and c.stage = :stage");
        }
        if (teamCode != null) {
            w.append(" and c.teamCode = :team");
        }
        if (family != null) {
            w.append(" and lower(c.familyName) like :family");
        }
        if (reference != null) {
            w.append(" and upper(c.reference) like :reference");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, CaseStage stage, String teamCode, String family, String reference) {
        if (stage != null) {
            q.setParameter("stage", stage);
        }
        if (teamCode != null) {
            q.setParameter("team", teamCode);
        }
        if (family != null) {
            q.setParameter("family", "%" + likeText(family.toLowerCase(java.util.Locale.UK)) + "%");
        }
        if (reference != null) {
            q.setParameter("reference", "%" + likeText(reference.toUpperCase(java.util.Locale.UK)) + "%");
        }
    }

    /** Typed text as a LIKE pattern's literal part: % and _ match themselves. */
    private static String likeText(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The child's open early help case, if any: a child is referred once while a case is open. */
    public Optional<EarlyHelpCase> openCaseOf(UUID childId) {
        return em.createQuery("select c from EarlyHelpCase c where c.indexChildId = :child and c.stage in :open"
                        + " order by c.receivedAt", EarlyHelpCase.class)
                .setParameter("child", childId)
                .setParameter("open", Arrays.stream(CaseStage.values()).filter(CaseStage::isOpen).toList())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Open cases by stage, for the team dashboard's chart (counted by the database). */
    public Map<CaseStage, Long> openByStage(String teamCode) {
        TypedQuery<Object[]> q = em.createQuery("select c.stage, count(c) from EarlyHelpCase c where c.stage in :open"
                        + (teamCode == null ? "" : " and c.teamCode = :team") + " group by c.stage", Object[].class)
                .setParameter("open", List.of(CaseStage.REFERRED, CaseStage.WITH_TEAM, CaseStage.WAITING, CaseStage.ALLOCATED,
                        CaseStage.PLAN));
        if (teamCode != null) {
            q.setParameter("team", teamCode);
        }
        List<Object[]> rows = q.getResultList();
        Map<CaseStage, Long> counts = new EnumMap<>(CaseStage.class);
        for (CaseStage s : CaseStage.values()) {
            if (s.isOpen()) {
                counts.put(s, 0L);
            }
        }
        rows.forEach(r -> counts.put((CaseStage) r[0], (Long) r[1]));
        return counts;
    }

    /**
     * A team's waiting list, in the order cases should be allocated (002 §3a3, {@link WaitingListOrder}):
     * the stored priority, then longest waiting first; a page at a time.
     */
    public List<EarlyHelpCase> waitingList(String teamCode, int first, int max) {
        return em.createQuery("select c from EarlyHelpCase c where c.stage = :s and c.teamCode = :t"
                        + " order by c.waitingPriority, c.waitingSince, c.id", EarlyHelpCase.class)
                .setParameter("s", CaseStage.WAITING).setParameter("t", teamCode)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many open cases each lead professional of a team holds. */
    public Map<String, Long> caseloads(String teamCode) {
        List<Object[]> rows = em.createQuery("select c.leadProfessional, count(c) from EarlyHelpCase c where c.teamCode = :t"
                        + " and c.stage in :open and c.leadProfessional is not null group by c.leadProfessional", Object[].class)
                .setParameter("t", teamCode).setParameter("open", List.of(CaseStage.ALLOCATED, CaseStage.PLAN)).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1], (a, b) -> a, TreeMap::new));
    }

    /** The referrals the caller made, newest first, with their outcome. */
    public List<EarlyHelpCase> referralsByCaller(int max) {
        return em.createQuery("select c from EarlyHelpCase c where c.referrerId = :r order by c.receivedAt desc", EarlyHelpCase.class)
                .setParameter("r", caller.userId()).setMaxResults(max).getResultList();
    }

    /** The case's history, oldest first (kept by core's history for every module). */
    public List<HistoryEntry> history(UUID caseId) {
        find(caseId);
        return history.of(CaseHistory.SUBJECT, caseId);
    }

    /** The case's dispute steps (raised, escalated, feedback given, resolved), oldest first. */
    public List<HistoryEntry> disputeEvents(UUID caseId) {
        find(caseId); // who may open the case may read its disputes (issue 23)
        return history.of(CaseHistory.SUBJECT, caseId, List.of(DisputeLadder.RAISED, DisputeLadder.FEEDBACK,
                DisputeLadder.RESOLVED));
    }

    /** The kinds of the case's dispute steps, oldest first, as {@link DisputeLadder} counts them. */
    public List<String> disputeKinds(UUID caseId) {
        return disputeEvents(caseId).stream().map(HistoryEntry::kind).toList();
    }

    /** The Family Action Plan's targets, soonest due first. */
    public List<PlanTarget> targets(UUID caseId) {
        find(caseId);
        return em.createQuery("select t from PlanTarget t where t.caseId = :c order by t.dueOn, t.id", PlanTarget.class)
                .setParameter("c", caseId).getResultList();
    }

    /** The case's TAF meetings, latest first. */
    /** The case's running quality-standard clocks, soonest due first: what the lead professional owes next. */
    public List<org.nottspartners.portal.core.clock.ClockRecord> runningClocks(UUID caseId) {
        find(caseId);
        return clocks.on(CaseHistory.SUBJECT, caseId.toString()).stream().filter(r -> r.stoppedAt() == null)
                .sorted(java.util.Comparator.comparing(org.nottspartners.portal.core.clock.ClockRecord::dueAt)).toList();
    }

    public List<TafMeeting> tafMeetings(UUID caseId) {
        find(caseId);
        return em.createQuery("select m from TafMeeting m where m.caseId = :c order by m.heldOn desc", TafMeeting.class)
                .setParameter("c", caseId).getResultList();
    }

    /** Work commissioned for the family (002 §4-§5), in the order it was allocated. */
    public List<Intervention> interventions(UUID caseId) {
        find(caseId);
        return em.createQuery("select i from Intervention i where i.caseId = :c order by i.allocatedAt, i.id", Intervention.class)
                .setParameter("c", caseId).getResultList();
    }
}
