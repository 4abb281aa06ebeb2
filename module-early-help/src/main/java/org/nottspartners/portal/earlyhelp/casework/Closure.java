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
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.event.FamilyCaseClosed;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.EarlyHelpModule;
import org.nottspartners.portal.earlyhelp.referral.TeamKind;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.Team;

/**
 * The end of an early help case (RULES.md §3 "Closure"; seed 002 §3c3, §3g5, §6d): the attempts to engage a family
 * that has not engaged, ending with the final letter, which must all be taken before the case closes for
 * non-engagement (never where the law requires the council to stay involved, {@link NonEngagementClosureRule});
 * and the closure itself, with its outcome and family programme status, which stops every
 * clock on the case and its commissioned work and tells the core the family's case has closed.
 */
@ApplicationScoped
@Transactional
public class Closure {


    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    StandardClocks clocks;

    @Inject
    CouncilCalendars calendars;

    @Inject
    TenantSettings settings;

    @Inject
    Event<LetterDue> letters;

    @Inject
    Event<FamilyCaseClosed> closed;

    @Inject
    CaseQueries queries;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    Today today;

    @Inject
    EarlyHelpSetup setup;

    public EngagementAttempt recordEngagementAttempt(UUID caseId, EngagementStep step, OffsetDateTime doneAt, String note) {
        EarlyHelpCase c = queries.find(caseId);
        access.requireLead(c, "Recording an attempt to engage the family");
        c.requireWorkable("An attempt to engage the family");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (step == null) {
            errors.add(new Problem.FieldError("step", "Choose the step taken"));
        }
        if (doneAt == null || doneAt.isAfter(today.now().plusMinutes(5))) {
            errors.add(new Problem.FieldError("doneAt", "Give when it was done, not in the future"));
        } else if (day(doneAt).isBefore(day(c.receivedAt()))) {
            // nobody tries to engage a family in a case before it is referred (issue 22): a mistyped date is refused,
            // not counted towards closing the case
            errors.add(new Problem.FieldError("doneAt", "Give a date on or after the day the family was referred, "
                    + day(c.receivedAt()).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))));
        }
        if (blank(note)) {
            errors.add(new Problem.FieldError("note", "Say what was done and what happened"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EngagementAttempt a = new EngagementAttempt(c.id(), step, doneAt, note.strip());
        em.persist(a);
        em.flush();
        if (step == EngagementStep.FINAL_LETTER) {
            history.applyClocks(c, CaseStep.FINAL_LETTER_SENT, doneAt);
            // dated as recorded: the letter's date, its deadline and the closure check all count from the sending
            letters.fire(new LetterDue(c, LetterKind.FINAL_NON_ENGAGEMENT,
                    doneAt.atZoneSameInstant(org.nottspartners.portal.core.time.Today.ENGLAND).toLocalDate()));
        }
        history.event(c, "ENGAGEMENT", step.label() + ": " + note.strip());
        return a;
    }

    private static java.time.LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(org.nottspartners.portal.core.time.Today.ENGLAND).toLocalDate();
    }

    /**
     * What is still needed before the case may close for non-engagement; empty when it may. Where the law requires
     * the council to stay involved (school attendance), the reason it cannot ({@link NonEngagementClosureRule}).
     */
    public List<String> nonEngagementGaps(UUID caseId) {
        EarlyHelpCase c = queries.find(caseId);
        LocalDate date = today.date();
        return NonEngagementClosureRule.stillNeeded(c.route(), c.consentException(), teamKind(c), attempts(caseId), date,
                calendars.current(), settings.number(EarlyHelpSettings.FINAL_LETTER_WORKING_DAYS, date));
    }

    private List<NonEngagementSequence.Attempt> attempts(UUID caseId) {
        return em.createQuery("select a from EngagementAttempt a where a.caseId = :c", EngagementAttempt.class)
                .setParameter("c", caseId).getResultList().stream()
                .map(a -> new NonEngagementSequence.Attempt(a.step(), a.doneAt())).toList();
    }

    /** The kind of team holding the case (a Children's Centre closes after three attempted contacts, 002 §6d). */
    private TeamKind teamKind(EarlyHelpCase c) {
        return c.teamCode() == null ? null : setup.team(c.teamCode()).map(Team::kind).orElse(null);
    }

    public EarlyHelpCase close(UUID caseId, long version, ClosureOutcome outcome, String reasons, ProgrammeStatus programme) {
        EarlyHelpCase c = queries.forChange(caseId, version);
        access.requireLead(c, "Closing the case");
        List<Problem.FieldError> errors = new ArrayList<>();
        java.util.Set<ClosureOutcome> outcomes = closureOutcomes();
        if (outcome == null || !outcomes.contains(outcome)) {
            // each council records its own outcomes (issue 23: the City's needs met or escalated, 001 L2086-2090)
            errors.add(new Problem.FieldError("outcome", "Choose the outcome: " + outcomes.stream().map(ClosureOutcome::label)
                    .collect(java.util.stream.Collectors.joining("; "))));
        }
        if (outcome == ClosureOutcome.STEPPED_UP) {
            // a step up hands the family to social care through core's event (issue 23): it is taken from the level
            errors.add(new Problem.FieldError("outcome", "Step the case up from its level of need instead: that hands the"
                    + " family to children's social care and closes the case"));
        }
        if (blank(reasons)) {
            errors.add(new Problem.FieldError("reasons", "Say why the case is closing and what has changed"));
        }
        boolean programmeAsked = programmeStatusAsked();
        if (programmeAsked && programme == null) {
            errors.add(new Problem.FieldError("programmeStatus", "Record the family programme status (002 §3g5)"));
        } else if (!programmeAsked && programme != null) {
            errors.add(new Problem.FieldError("programmeStatus", "This council does not record a family programme status at"
                    + " closure: leave it out"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (outcome == ClosureOutcome.NON_ENGAGEMENT) {
            LocalDate date = today.date();
            Optional<NonEngagementClosureRule.Refusal> refused = NonEngagementClosureRule.refusal(c.route(), c.consentException(),
                    teamKind(c), attempts(caseId), date, calendars.current(),
                    settings.number(EarlyHelpSettings.FINAL_LETTER_WORKING_DAYS, date));
            if (refused.isPresent()) {
                throw new ActionRefusedException(refused.get().title(), refused.get().message());
            }
        }
        finish(c, outcome, reasons.strip(), programme, today.now());
        return c;
    }

    /**
     * Closes a case stepped up to children's social care while open (001 L1126, L1151; issue 23): no family programme
     * status is asked, the hand-off being social care's.
     */
    void closeSteppedUp(EarlyHelpCase c, String reasons, OffsetDateTime now) {
        finish(c, ClosureOutcome.STEPPED_UP, reasons, null, now);
    }

    private void finish(EarlyHelpCase c, ClosureOutcome outcome, String reasons, ProgrammeStatus programme, OffsetDateTime now) {
        c.close(outcome, reasons, programme, now);
        em.flush();
        history.applyClocks(c, CaseStep.CLOSED, now);
        for (Intervention i : queries.interventions(c.id())) {
            if (i.closedAt() == null) {
                i.close("The early help case closed", now);
                clocks.stopAll(Interventions.INTERVENTION_SUBJECT, i.id().toString(), now);
            }
        }
        em.flush();
        history.event(c, "CLOSED", outcome.label() + ": " + reasons);
        closed.fire(new FamilyCaseClosed(tenant(), EarlyHelpModule.ID, c.id().toString(), c.familyId(), c.indexChildId(),
                outcome.name(), programme == null ? null : programme.name(), now));
    }

    /** The outcomes this council's closures record (its setting). */
    public java.util.Set<ClosureOutcome> closureOutcomes() {
        return settings.choices(EarlyHelpSettings.CLOSURE_OUTCOMES, ClosureOutcome.class, today.date());
    }

    /** Whether this council's closures record the family programme status (County's 002 §3g5; its setting). */
    public boolean programmeStatusAsked() {
        return settings.choice(EarlyHelpSettings.PROGRAMME_STATUS_AT_CLOSURE, ProgrammeStatusAtClosure.class, today.date())
                == ProgrammeStatusAtClosure.REQUIRED;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
