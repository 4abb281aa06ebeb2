package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.clock.ClockRecord;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.history.HistoryEntry;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;

/**
 * The lead professional's work on an allocated case (RULES.md §3; seed 002 §3b-§3d): contact with the family
 * at the frequency in force (002 §3c5), the assessment (002 §3b2), the Family Action Plan and its SMART targets
 * (002 §3b4), Team Around the Family meetings and reviews (002 §3d), and disputes up the ladder (002 §3a5,
 * §3a8). Each step stops and starts the clocks {@link CaseClockPolicy} names.
 */
@ApplicationScoped
@Transactional
public class CaseWork {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    jakarta.enterprise.event.Event<org.nottspartners.portal.core.event.FamilyAssessed> assessed;

    @Inject
    StandardClocks clocks;

    @Inject
    CouncilCalendars calendars;

    @Inject
    CaseQueries queries;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    org.nottspartners.portal.core.directory.Directory directory;

    @Inject
    Today today;

    @Inject
    TenantSettings settings;

    // ---- contact ---------------------------------------------------------------------------------------

    public EarlyHelpCase recordContact(UUID caseId, long version, String note) {
        return recordContact(caseId, version, ContactKind.FACE_TO_FACE, note);
    }

    /**
     * Records contact with the family. It restarts the contact clock at the frequency in force
     * ({@link ContactFrequency}); a home visit also meets the first home visit standard, and a return
     * interview the 72-hour standard (which may be met before the case is allocated).
     */
    public EarlyHelpCase recordContact(UUID caseId, long version, ContactKind kind, String note) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        ContactKind how = kind == null ? ContactKind.FACE_TO_FACE : kind;
        if (how == ContactKind.RETURN_INTERVIEW) {
            if (!c.stage().isOpen() || c.returnedAt().isEmpty()) {
                throw new ActionRefusedException("A return interview is recorded on an open missing-from-home referral");
            }
        } else {
            c.requireWorkable("Contact with the family");
        }
        if (blank(note)) {
            throw new InvalidInputException("note", "Say how and when you contacted the family");
        }
        OffsetDateTime now = today.now();
        CaseClockPolicy.Change change = history.clocksOn(c, CaseStep.contact(how));
        Optional<ClockRecord> previous = history.apply(c, change, now);
        if (change.contactClock() == CaseClockPolicy.ContactClock.RESTARTED) {
            clocks.carryRelaxation(previous, history.start(c, contactFrequency(c).standardId(), now), now);
        }
        history.event(c, "CONTACT", how.label() + ": " + note.strip());
        return c;
    }

    /** The contact frequency in force on a case (002 §3c5). */
    public ContactFrequency contactFrequency(EarlyHelpCase c) {
        List<TafMeeting> tafs = queries.tafMeetings(c.id());
        return ContactFrequency.inForce(tafs.size(), tafs.stream().anyMatch(TafMeeting::review), c.monitoringOnly());
    }

    /** The contact frequency in force, in words; empty where the council does not time contact (the City, issue 23). */
    public Optional<String> contactFrequencyInWords(EarlyHelpCase c) {
        ContactFrequency f = contactFrequency(c);
        return clocks.inUse(f.standardId(), today.date()) ? Optional.of(f.inWords()) : Optional.empty();
    }

    /**
     * Moves the running contact clock to the frequency now in force (after a TAF meeting, or a change to
     * monitoring only), counting from the same last contact.
     */
    private void followContactFrequency(EarlyHelpCase c) {
        String wanted = contactFrequency(c).standardId();
        for (ClockRecord running : clocks.on(CaseHistory.SUBJECT, c.id().toString())) {
            if (running.stoppedAt() == null && CaseClockPolicy.CONTACT_CLOCKS.contains(running.standardId())
                    && !running.standardId().equals(wanted)) {
                OffsetDateTime lastContact = running.startedAt();
                Optional<ClockRecord> stopped = history.stop(c, running.standardId(), today.now());
                clocks.carryRelaxation(stopped, history.start(c, wanted, lastContact), today.now());
            }
        }
    }

    /** Applies a step's clocks, then moves the contact clock if the policy says the step changes its frequency. */
    private void applyClocks(EarlyHelpCase c, CaseStep step, OffsetDateTime at) {
        CaseClockPolicy.Change change = history.applyClocks(c, step, at);
        if (change.contactClock() == CaseClockPolicy.ContactClock.FOLLOWS_FREQUENCY) {
            followContactFrequency(c);
        }
    }

    /** Marks a case as open only for family programme monitoring, or back to full work (002 §3c5). */
    public EarlyHelpCase monitorOnly(UUID caseId, long version, boolean monitoringOnly) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        access.requireLead(c, "Changing whether the case is open only for monitoring");
        c.monitorOnly(monitoringOnly);
        em.flush();
        applyClocks(c, CaseStep.MONITORING_CHANGED, today.now());
        history.event(c, "MONITORING", monitoringOnly ? "Open for family programme monitoring only: contact is a phone call every 3 months"
                : "Back to full early help work: contact " + contactFrequency(c).inWords());
        return c;
    }

    // ---- assessment and plan ---------------------------------------------------------------------------

    public EarlyHelpCase completeAssessment(UUID caseId, long version, String summary) {
        return completeAssessment(caseId, version, summary, Map.of());
    }

    /**
     * Records the early help assessment: the County's Child and Family Assessment as a summary (002 §3b2);
     * the City's CAF with a finding in each of its three domains as well (001 L1177-1179).
     */
    public EarlyHelpCase completeAssessment(UUID caseId, long version, String summary, Map<CafDomain, String> domains) {
        return completeAssessment(caseId, version, summary, domains, java.util.Set.of());
    }

    /**
     * Records the assessment with the family programme criteria it found the family meets (002 §13b): where they
     * meet two or more, the plan then needs a target for each (002 §3b4, {@link PlanCriteriaRule}).
     */
    public EarlyHelpCase completeAssessment(UUID caseId, long version, String summary, Map<CafDomain, String> domains,
            java.util.Set<ProgrammeCriterion> criteriaMet) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        access.requireLead(c, "Recording the assessment");
        AssessmentType type = assessmentType();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (blank(summary)) {
            errors.add(new Problem.FieldError("summary", "Summarise the assessment: strengths, needs and what the family wants"));
        }
        StringBuilder text = new StringBuilder(blank(summary) ? "" : summary.strip());
        if (type == AssessmentType.CAF) {
            for (CafDomain d : CafDomain.values()) {
                String finding = domains == null ? null : domains.get(d);
                if (blank(finding)) {
                    errors.add(new Problem.FieldError("domains." + d.name(), "Record the CAF finding for: " + d.label()));
                } else {
                    text.append("\n").append(d.label()).append(": ").append(finding.strip());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OffsetDateTime now = today.now();
        c.completeAssessment(type, text.toString(), criteriaMet == null ? java.util.Set.of() : criteriaMet, now);
        em.flush();
        history.applyClocks(c, CaseStep.ASSESSED, now);
        history.event(c, "ASSESSED", type.label() + " completed" + (c.criteriaMet().isEmpty() ? ""
                : "; family programme criteria met: " + c.criteriaMet().stream().map(ProgrammeCriterion::label)
                        .collect(java.util.stream.Collectors.joining(", "))));
        // Supporting Families screens the family at assessment (002 §13b), through core's event
        assessed.fire(new org.nottspartners.portal.core.event.FamilyAssessed(c.tenantId(), org.nottspartners.portal.earlyhelp.EarlyHelpModule.ID,
                c.id().toString(), c.familyId(), c.indexChildId(), c.criteriaMet().stream().collect(java.util.stream.Collectors.toMap(
                        ProgrammeCriterion::name, ProgrammeCriterion::label)), caller.displayName() != null ? caller.displayName()
                        : caller.userName(), now));
        return c;
    }

    public PlanTarget addTarget(UUID caseId, String need, String target, String measure, String owner, LocalDate dueOn,
            ProgrammeCriterion criterion) {
        return addTarget(caseId, need, target, measure, owner, dueOn, criterion, null);
    }

    /**
     * Adds a SMART target to the plan, naming the service in the council's directory the family is referred to for it
     * ({@code service} may be null: not every target is met by a service).
     */
    public PlanTarget addTarget(UUID caseId, String need, String target, String measure, String owner, LocalDate dueOn,
            ProgrammeCriterion criterion, UUID service) {
        EarlyHelpCase c = queries.find(caseId);
        access.requireLead(c, "Adding a target to the plan");
        c.requireWorkable("A plan target");
        org.nottspartners.portal.core.directory.ServiceReferral referredTo = directory.referralTo(service, "serviceId");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (blank(need)) {
            errors.add(new Problem.FieldError("need", "Say which need the target addresses"));
        }
        if (blank(target)) {
            errors.add(new Problem.FieldError("target", "Say what will change (specific)"));
        }
        if (blank(measure)) {
            errors.add(new Problem.FieldError("measure", "Say how you will know it has changed (measurable)"));
        }
        if (blank(owner)) {
            errors.add(new Problem.FieldError("owner", "Say who will do it (achievable, agreed)"));
        }
        if (dueOn == null || dueOn.isBefore(today.date())) {
            errors.add(new Problem.FieldError("dueOn", "Give the date it will be done by, today or later (timed)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlanTarget t = new PlanTarget(c.id(), need.strip(), target.strip(), measure.strip(), owner.strip(), dueOn, criterion);
        t.referTo(referredTo);
        em.persist(t);
        em.flush();
        return t;
    }

    /**
     * Records the Family Action Plan as agreed: it needs its SMART targets, and a target for each family programme
     * criterion the family meets where they meet two or more ({@link PlanCriteriaRule}; 002 §3b4).
     */
    public EarlyHelpCase agreePlan(UUID caseId, long version) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        access.requireLead(c, "Agreeing the plan");
        List<PlanTarget> targets = queries.targets(caseId);
        if (targets.isEmpty()) {
            throw new ActionRefusedException("Add the plan's SMART targets before recording it as agreed (002 §3b4)");
        }
        Optional<String> criteriaMissing = PlanCriteriaRule.refusal(c.route(), c.consentException(), c.criteriaMet(),
                targets.stream().map(PlanTarget::criterion).toList());
        if (criteriaMissing.isPresent()) {
            throw new ActionRefusedException("The plan needs a target for each criterion the family meets", criteriaMissing.get());
        }
        OffsetDateTime now = today.now();
        c.agreePlan(now);
        em.flush();
        history.applyClocks(c, CaseStep.PLAN_AGREED, now);
        history.event(c, "PLAN_AGREED", "Family Action Plan agreed with " + targets.size() + " targets");
        return c;
    }

    // ---- Team Around the Family meetings and reviews ----------------------------------------------------

    /**
     * Records a TAF meeting (002 §3d): it meets the first TAF or the review standard, times the next review,
     * and moves contact to the frequency now in force (002 §3c5). Its clocks run from noon on the day held,
     * and never from before the case was allocated.
     */
    public TafMeeting recordTaf(UUID caseId, LocalDate heldOn, boolean familyPresent, String attendees, String summary) {
        return recordTaf(caseId, heldOn, familyPresent, attendees, summary, false);
    }

    /**
     * Records a TAF meeting; one marked as a review also reviews the assessment and plan (002 §3b5): it meets the
     * formal review standard, times the next, and after the first review contact is six-weekly (002 §3c5).
     */
    public TafMeeting recordTaf(UUID caseId, LocalDate heldOn, boolean familyPresent, String attendees, String summary,
            boolean review) {
        EarlyHelpCase c = queries.find(caseId);
        c.requireWorkable("A TAF meeting");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (heldOn == null || heldOn.isAfter(today.date())) {
            errors.add(new Problem.FieldError("heldOn", "Give the date the meeting was held, today or earlier"));
        }
        if (blank(attendees)) {
            errors.add(new Problem.FieldError("attendees", "List who attended"));
        }
        if (blank(summary)) {
            errors.add(new Problem.FieldError("summary", "Summarise progress against the plan and the actions agreed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TafMeeting m = new TafMeeting(c.id(), heldOn, familyPresent, attendees.strip(), summary.strip(), review);
        em.persist(m);
        em.flush();
        OffsetDateTime held = heldOn.atTime(12, 0).atZone(calendars.current().zone()).toOffsetDateTime();
        OffsetDateTime stoppedAt = held.isBefore(c.allocatedAt()) ? c.allocatedAt() : held;
        applyClocks(c, review ? CaseStep.REVIEW_HELD : CaseStep.TAF_HELD, stoppedAt);
        history.event(c, "TAF", (review ? "Review TAF meeting held on " : "TAF meeting held on ") + heldOn
                + (familyPresent ? " with the family" : " without the family"));
        return m;
    }

    // ---- disputes ----------------------------------------------------------------------------------------

    /**
     * A dispute about a case (the level with the referrer, which team holds it, a decision), and each escalation, up
     * the council's ladder (its setting: County's Team Manager, Service Manager, Group Manager, 002 §3a5, §3a8; the
     * City's from the Screening/Duty worker to the Director of Safeguarding Services, 001 L1808-1830); kept in the
     * case's history. A dispute raised where the risk is high is timed to the council's high-risk standard (the City:
     * resolved within 24 hours, not 48).
     */
    public HistoryEntry raiseOrEscalateDispute(UUID caseId, String about, boolean highRisk) {
        EarlyHelpCase c = queries.find(caseId);
        access.requireLead(c, "Raising or escalating a dispute");
        if (blank(about)) {
            throw new InvalidInputException("about", "Say what is disputed and why");
        }
        List<String> ladder = disputeLadder();
        int earlier = DisputeLadder.stepsTaken(queries.disputeKinds(caseId));
        if (earlier >= ladder.size()) {
            throw new ActionRefusedException("The dispute has reached the " + ladder.get(ladder.size() - 1)
                    + ", the last step of this council's route");
        }
        history.applyClocks(c, earlier > 0 ? CaseStep.DISPUTE_ESCALATED
                : highRisk ? CaseStep.DISPUTE_RAISED_HIGH_RISK : CaseStep.DISPUTE_RAISED, today.now());
        return history.event(c, DisputeLadder.RAISED, (earlier == 0 ? "Dispute raised with the " : "Dispute escalated to the ")
                + ladder.get(earlier) + (earlier == 0 && highRisk ? " (high risk)" : "") + ": " + about.strip());
    }

    /** The council's disagreement route, step by step (its setting). */
    public List<String> disputeLadder() {
        List<String> steps = DisputeLadder.steps(settings.text(EarlyHelpSettings.DISPUTE_LADDER, today.date()));
        return steps.isEmpty() ? DisputeLadder.COUNTY_STEPS : steps;
    }

    /** Records the feedback given to the referrer who disagrees (001 L1808-1830: verbally, within 24 hours). */
    public HistoryEntry recordDisputeFeedback(UUID caseId, String feedback) {
        EarlyHelpCase c = queries.find(caseId);
        access.requireCouncilStaff("Recording the feedback given to the referrer");
        if (blank(feedback)) {
            throw new InvalidInputException("feedback", "Say what the referrer was told, and how");
        }
        if (DisputeLadder.stepsTaken(queries.disputeKinds(caseId)) == 0) {
            throw new ActionRefusedException("There is no open dispute on this case");
        }
        history.applyClocks(c, CaseStep.DISPUTE_FEEDBACK, today.now());
        return history.event(c, DisputeLadder.FEEDBACK, "Feedback given to the referrer: " + feedback.strip());
    }

    /**
     * Records how the open dispute was resolved; the next dispute starts again at the first step. Once a dispute has
     * reached the last step, a group manager records its resolution.
     */
    public HistoryEntry resolveDispute(UUID caseId, String outcome) {
        EarlyHelpCase c = queries.find(caseId);
        access.requireCouncilStaff("Recording how a dispute was resolved");
        if (blank(outcome)) {
            throw new InvalidInputException("outcome", "Say how the dispute was resolved and who decided");
        }
        List<String> ladder = disputeLadder();
        int steps = DisputeLadder.stepsTaken(queries.disputeKinds(caseId));
        if (steps == 0) {
            throw new ActionRefusedException("There is no open dispute on this case");
        }
        if (steps == ladder.size() && !caller.roles().rolesIn(tenant()).contains(EarlyHelpRoles.GROUP_MANAGER)) {
            throw new ActionRefusedException("The dispute is with the " + ladder.get(ladder.size() - 1)
                    + ": only a group manager can record its resolution now");
        }
        history.applyClocks(c, CaseStep.DISPUTE_RESOLVED, today.now());
        return history.event(c, DisputeLadder.RESOLVED, "Dispute resolved: " + outcome.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }

    /** The assessment this council's workers complete (a council setting: the City's CAF, the County's own form). */
    public AssessmentType assessmentType() {
        return settings.choice(EarlyHelpSettings.ASSESSMENT, AssessmentType.class, today.date());
    }
}
