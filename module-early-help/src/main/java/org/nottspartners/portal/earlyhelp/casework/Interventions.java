package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.clock.ClockSubject;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.time.Today;

/**
 * Work the lead professional commissions for the family from the Interventions Team or the Intensive Support
 * and Parenting Team (RULES.md §3 "Interventions and intensive teams"; seed 002 §4-§5, §7e): allocated to a
 * Child and Family Worker with room on their caseload (002 §4b), its steps in order with the clocks
 * {@link InterventionRules} names, and its closure, for non-engagement only after 2 instances (intensive: 4).
 */
@ApplicationScoped
@Transactional
public class Interventions {

    /** The clock subject type of commissioned work. */
    static final String INTERVENTION_SUBJECT = Intervention.RECORD_TYPE;

    /** A full caseload for a Child and Family Worker is about 12 to 22 families (002 §4b). */
    public static final int FULL_CASELOAD = 22;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    StandardClocks clocks;

    @Inject
    CaseQueries queries;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.core.directory.Directory directory;

    @Inject
    org.nottspartners.portal.core.tenancy.TenantSettings settings;

    /**
     * The lead professional commissions work for the family from the Interventions Team or the Intensive
     * Support and Parenting Team, allocated to a Child and Family Worker; the planning meeting and the
     * 12-week Service Manager clocks start.
     */
    public Intervention commissionIntervention(UUID caseId, InterventionKind kind, String worker, String purpose) {
        return commissionIntervention(caseId, kind, worker, purpose, null);
    }

    /** As above, naming the service in the council's directory the work refers the family to ({@code service} may be null). */
    public Intervention commissionIntervention(UUID caseId, InterventionKind kind, String worker, String purpose, UUID service) {
        EarlyHelpCase c = queries.find(caseId);
        access.requireCouncilStaff("Commissioning work from the council's teams");
        c.requireWorkable("Commissioning an intervention");
        org.nottspartners.portal.core.directory.ServiceReferral referredTo = directory.referralTo(service, "serviceId");
        List<Problem.FieldError> errors = new ArrayList<>();
        java.util.Set<InterventionKind> offered = offered();
        if (offered.isEmpty()) {
            // County's Interventions and Intensive Support teams serve a council only where it chose them (issue 23)
            throw new ActionRefusedException("This council has no commissioned early help teams to ask for work from");
        }
        if (kind == null || !offered.contains(kind)) {
            errors.add(new Problem.FieldError("kind", "Choose the team: " + offered.stream().map(InterventionKind::team)
                    .collect(java.util.stream.Collectors.joining(" or "))));
        }
        if (blank(worker) || worker.strip().length() > 100) {
            errors.add(new Problem.FieldError("worker", "Choose the Child and Family Worker (their user name, 100 characters or fewer)"));
        }
        if (blank(purpose) || purpose.strip().length() > 1000) {
            errors.add(new Problem.FieldError("purpose", "Say what the work is for, in 1000 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long held = em.createQuery("select count(i) from Intervention i where i.worker = :w and i.closedAt is null", Long.class)
                .setParameter("w", worker.strip()).getSingleResult();
        if (held >= FULL_CASELOAD) {
            throw new ActionRefusedException(worker.strip() + " already holds " + held + " families; a full caseload is about 12 to "
                    + FULL_CASELOAD + " (002 §4b): choose another worker");
        }
        OffsetDateTime now = today.now();
        Intervention i = new Intervention(c.id(), kind, worker.strip(), purpose.strip(), now);
        i.referTo(referredTo);
        em.persist(i);
        em.flush();
        for (String standard : InterventionRules.ON_ALLOCATION) {
            clocks.start(standard, interventionSubject(c, i), now);
        }
        history.event(c, "INTERVENTION", kind.team() + " commissioned, allocated to " + i.worker() + ": " + i.purpose());
        return i;
    }

    /** Records a step of commissioned work, in order, with the clocks it stops and starts. */
    public Intervention recordInterventionStep(UUID caseId, UUID interventionId, long version, InterventionStep step, String note) {
        EarlyHelpCase c = queries.find(caseId);
        c.requireWorkable("A step of an intervention");
        Intervention i = intervention(caseId, interventionId, version);
        if (step == InterventionStep.SERVICE_MANAGER_AGREED && caller.roles().rolesIn(tenant()).stream()
                .noneMatch(r -> EarlyHelpRoles.TEAM_MANAGER.equals(r) || EarlyHelpRoles.GROUP_MANAGER.equals(r))) {
            throw new ActionRefusedException("Only a manager records a Service Manager's agreement");
        }
        if (step == null) {
            throw new InvalidInputException("step", "Choose the step: " + Arrays.toString(InterventionStep.values()));
        }
        if (blank(note)) {
            throw new InvalidInputException("note", "Say what happened");
        }
        InterventionRules.refusal(step, i.progress()).ifPresent(why -> {
            throw new ActionRefusedException(why);
        });
        OffsetDateTime now = today.now();
        i.record(step, now);
        em.flush();
        for (String standard : InterventionRules.stops(step, i.kind())) {
            clocks.stop(standard, INTERVENTION_SUBJECT, i.id().toString(), now);
        }
        for (String standard : InterventionRules.starts(step, i.kind())) {
            clocks.start(standard, interventionSubject(c, i), now);
        }
        history.event(c, "INTERVENTION_STEP", i.kind().team() + ": " + step.label() + ": " + note.strip());
        return i;
    }

    /** Closes commissioned work; for non-engagement only after 2 instances (intensive: 4) (002 §7e). */
    public Intervention closeIntervention(UUID caseId, UUID interventionId, long version, String reason, boolean nonEngagement) {
        EarlyHelpCase c = queries.find(caseId);
        Intervention i = intervention(caseId, interventionId, version);
        if (blank(reason) || reason.strip().length() > 900) {
            throw new InvalidInputException("reason", "Say why the work is closing, in 900 characters or fewer");
        }
        if (!c.stage().isOpen()) {
            throw new ActionRefusedException("The case has closed, and its interventions with it");
        }
        if (i.closedAt() != null) {
            throw new ActionRefusedException("This work has already closed");
        }
        if (nonEngagement) {
            InterventionRules.nonEngagementClosureRefusal(i.kind(), i.nonEngagements()).ifPresent(why -> {
                throw new ActionRefusedException(why);
            });
        }
        OffsetDateTime now = today.now();
        i.close((nonEngagement ? "Non-engagement: " : "") + reason.strip(), now);
        em.flush();
        for (String standard : InterventionRules.allStandards()) {
            clocks.stop(standard, INTERVENTION_SUBJECT, i.id().toString(), now);
        }
        history.event(c, "INTERVENTION_CLOSED", i.kind().team() + " work closed: " + i.closureReason());
        return i;
    }

    private Intervention intervention(UUID caseId, UUID interventionId, long version) {
        Intervention i = interventionId == null ? null : em.find(Intervention.class, interventionId);
        if (i == null || !i.caseId().equals(caseId)) {
            throw new RecordNotFoundException("There is no such intervention on this case.");
        }
        if (i.version() != version) {
            throw new StaleRecordException(Intervention.RECORD_TYPE, interventionId.toString(), version, i.version());
        }
        return i;
    }

    /** The commissioned work as its clocks name it: the case, family and team, and the Child and Family Worker. */
    static ClockSubject interventionSubject(EarlyHelpCase c, Intervention i) {
        return new ClockSubject(INTERVENTION_SUBJECT, i.id().toString(), c.reference() + " " + c.familyName() + " (" + i.kind().team()
                + ")", i.kind().team(), i.worker());
    }

    /** The commissioned teams this council's case holders may ask for work from (its setting). */
    public java.util.Set<InterventionKind> offered() {
        return settings.choices(EarlyHelpSettings.INTERVENTIONS, InterventionKind.class, today.date());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
