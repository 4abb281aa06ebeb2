package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.staff.StaffDirectory;
import org.nottspartners.portal.core.staff.StaffMember;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.Team;

/**
 * A referral from the front door to a lead professional (RULES.md §3; seed 002 §2a15, §3a): the front door's
 * decision and level, the assessment form of a self-referral, the team's waiting list in priority order
 * (002 §3a3) and allocation, which takes social care's assessment of a stepped-down case while it is current
 * (002 §3b2). Each step stops and starts the clocks {@link CaseClockPolicy} names and sends its letters.
 */
@ApplicationScoped
@Transactional
public class FrontDoor {


    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentUser caller;

    @Inject
    TenantSettings settings;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    Event<LetterDue> letters;

    @Inject
    CaseQueries queries;

    @Inject
    CaseHistory history;

    @Inject
    Today today;

    public EarlyHelpCase decide(UUID caseId, long version, FrontDoorDecision decision, String teamCode, String decidedLevel,
            String reasons) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new Problem.FieldError("decision", "Choose the decision"));
        }
        Optional<Team> team = teamCode == null ? Optional.empty() : setup.team(teamCode);
        if (decision == FrontDoorDecision.ACCEPT_TO_TEAM && team.isEmpty()) {
            errors.add(new Problem.FieldError("teamCode", "Choose the team the family goes to: "
                    + setup.teams().stream().map(Team::code).collect(Collectors.joining(", "))));
        }
        if (blank(decidedLevel) || setup.level(decidedLevel, today.date()).isEmpty()) {
            errors.add(new Problem.FieldError("decidedLevel", "Choose the level of need the council judges applies"));
        } else if (decision == FrontDoorDecision.ACCEPT_TO_TEAM) {
            // a team takes early help levels only (001 L1162; County Level 4 is social care's, 002 §1a)
            setup.level(decidedLevel, today.date())
                    .flatMap(l -> ThresholdRule.acceptanceRefusal(new ThresholdRule.Level(l.name(), l.earlyHelp()),
                            setup.earlyHelpLevelNames(today.date())))
                    .ifPresent(refusal -> errors.add(new Problem.FieldError("decidedLevel", refusal)));
        }
        if (blank(reasons)) {
            errors.add(new Problem.FieldError("reasons", "Give the reasons for the decision and the level"));
        }
        if (decision == FrontDoorDecision.ACCEPT_TO_TEAM && c.route().needsAssessmentForm() && c.referralAssessment().isEmpty()) {
            errors.add(new Problem.FieldError("referralAssessment", "Complete the early help assessment form for this "
                    + c.route().label().toLowerCase(Locale.UK) + " before passing it to a team"
                    + " (" + settings.text(EarlyHelpSettings.FRONT_DOOR_NAME, today.date()) + " completes it for a self-referral)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OffsetDateTime now = today.now();
        c.decide(decision, teamCode, decidedLevel, reasons.strip(), caller.userId(), now);
        em.flush();
        CaseClockPolicy.Change change = history.clocksOn(c, CaseStep.decided(decision));
        history.stopClocks(c, change, now);
        if (decision == FrontDoorDecision.ACCEPT_TO_TEAM) {
            history.assignClocks(c, teamCode, null);
        }
        history.startClocks(c, change, now);
        history.event(c, "DECIDED", decision.label() + (team.map(t -> " (" + t.name() + ")").orElse("")) + "; level "
                + decidedLevel + ": " + reasons.strip());
        letters.fire(new LetterDue(c, LetterKind.REFERRAL_OUTCOME));
        return c;
    }

    /** The front door completes the assessment form of a referral that came without one (a self-referral). */
    public EarlyHelpCase completeReferralAssessment(UUID caseId, long version, String assessmentForm) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        if (blank(assessmentForm)) {
            throw new InvalidInputException("assessmentForm", "Record the early help assessment form's findings");
        }
        c.completeReferralAssessment(assessmentForm);
        em.flush();
        history.applyClocks(c, CaseStep.REFERRAL_ASSESSMENT_COMPLETED, today.now());
        history.event(c, "REFERRAL_ASSESSMENT", "Early help assessment form completed by the front door");
        return c;
    }

    /**
     * A group manager's review of a case waiting for allocation (002 §3a3: "a group manager will review any case
     * awaiting allocation ... for more than 10 weeks"): recorded in the case's history; it meets the review
     * standard and times the next review while the family goes on waiting.
     */
    public EarlyHelpCase reviewWaitingCase(UUID caseId, String note) {
        EarlyHelpCase c = queries.find(caseId);
        if (c.stage() != CaseStage.WAITING) {
            throw new org.nottspartners.portal.core.problem.ActionRefusedException(
                    "Only a case on the waiting list is reviewed while it waits; this one is " + c.stage().label().toLowerCase(Locale.UK));
        }
        if (caller.roles().rolesIn(c.tenantId()).stream().noneMatch(r -> EarlyHelpRoles.GROUP_MANAGER.equals(r))) {
            throw new org.nottspartners.portal.core.problem.ActionRefusedException("A group manager reviews a waiting case (002 §3a3)");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "Record what the review found and what happens next");
        }
        history.applyClocks(c, CaseStep.WAITING_REVIEWED, today.now());
        history.event(c, "WAITING_REVIEWED", "Group manager's review of the wait: " + note.strip());
        return c;
    }

    public EarlyHelpCase placeOnWaitingList(UUID caseId, long version, RiskRating risk, ExistingSupport support) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (risk == null) {
            errors.add(new Problem.FieldError("risk", "Rate the risk: RED, AMBER or GREEN"));
        }
        if (support == null) {
            errors.add(new Problem.FieldError("existingSupport", "Say how much support the family already has: LOW, MEDIUM or HIGH"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OffsetDateTime now = today.now();
        c.placeOnWaitingList(risk, support, now);
        em.flush();
        history.applyClocks(c, CaseStep.PLACED_ON_WAITING_LIST, now);
        history.event(c, "WAITING", "Placed on the waiting list: risk " + risk + ", existing support " + support + ", priority "
                + WaitingListOrder.priority(risk, support));
        letters.fire(new LetterDue(c, LetterKind.WAITING_LIST_FAMILY));
        letters.fire(new LetterDue(c, LetterKind.WAITING_LIST_REFERRER));
        return c;
    }

    /**
     * Allocates the case to its lead professional, whose clocks start (002 §3b6, §3b4, §3d5). A stepped-down
     * case whose social care assessment is still current keeps it as the case's assessment (002 §3b2).
     */
    public EarlyHelpCase allocate(UUID caseId, long version, String worker) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        StaffMember lead = staff.require(c.tenantId(), EarlyHelpRoles.CASE_WORKER, worker, "worker");
        OffsetDateTime now = today.now();
        c.allocate(lead.userName(), now);
        em.flush();
        Optional<LocalDate> currentUntil = c.priorAssessmentOn()
                .map(on -> RouteDetails.assessmentCurrentUntil(on, steppedDownAssessmentWeeks()))
                .filter(until -> !until.isBefore(today.date()));
        CaseClockPolicy.Change change = history.clocksOn(c,
                currentUntil.isPresent() ? CaseStep.ALLOCATED_WITH_CURRENT_ASSESSMENT : CaseStep.ALLOCATED);
        history.stopClocks(c, change, now);
        history.assignClocks(c, c.teamCode(), c.leadProfessional());
        history.startClocks(c, change, now);
        history.event(c, "ALLOCATED", "Allocated to " + lead.label());
        if (currentUntil.isPresent()) {
            c.completeAssessment(settings.choice(EarlyHelpSettings.ASSESSMENT, AssessmentType.class, today.date()), "Social care's assessment of " + c.priorAssessmentOn().orElseThrow()
                    + ", current until " + currentUntil.get() + " (002 §3b2)", now);
            em.flush();
            history.event(c, "ASSESSMENT_CURRENT", "Social care's assessment of " + c.priorAssessmentOn().orElseThrow()
                    + " stays current until " + currentUntil.get() + " (002 §3b2): it is the case's assessment; no new one is due");
        }
        return c;
    }

    private int steppedDownAssessmentWeeks() {
        return settings.number(EarlyHelpSettings.STEPPED_DOWN_ASSESSMENT_WEEKS, today.date());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
