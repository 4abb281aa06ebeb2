package org.nottspartners.portal.attendance.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.attendance.letters.AttendanceLetterKind;
import org.nottspartners.portal.attendance.letters.AttendanceLetters;
import org.nottspartners.portal.attendance.notices.AttendanceStandards;
import org.nottspartners.portal.attendance.notices.PenaltyNotice;
import org.nottspartners.portal.attendance.notices.PenaltyNotices;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.attendance.rules.EnforcementPathway;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.Contact;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.ContactType;
import org.nottspartners.portal.attendance.rules.EnforcementPathway.Stage;
import org.nottspartners.portal.attendance.rules.ParentingOrderBreaches;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.casenote.CaseNoteBook;
import org.nottspartners.portal.core.casenote.CaseNoteContent;
import org.nottspartners.portal.core.casenote.CaseNoteType;
import org.nottspartners.portal.core.clock.ClockSubject;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;

/**
 * Runs enforcement cases on the pathway's rules ({@link EnforcementPathway}, {@link ParentingOrderBreaches}): opened for
 * a parent in education law with a Notice to Improve or a Notice to Attend, or at court when an unpaid penalty notice is
 * prosecuted; moved on only when the rules allow, each stage's letter written from the council's wording; contacts and
 * breaches recorded in the case's chronology; post-court monitoring timed by core's clocks. Decisions not to enforce at
 * low attendance go on the child's record as a key event, with the reason.
 */
@ApplicationScoped
@Transactional
public class EnforcementCases {

    static final String SUBJECT = "enforcement-case";
    private static final String TEAM = "Education enforcement";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonRecordAccess people;

    @Inject
    PenaltyNotices notices;

    @Inject
    PupilAttendance pupils;

    @Inject
    AttendanceLetters letters;

    @Inject
    StandardClocks clocks;

    @Inject
    CaseNoteBook caseNotes;

    @Inject
    TenantSettings settings;

    @Inject
    Today today;

    /** A new case for one parent of the child, with a Notice to Improve (for {@code improveWeeks}) or a Notice to Attend. */
    public EnforcementCase open(UUID childId, UUID parentId, Stage stage, Integer improveWeeks, boolean holidayInTermTime,
            String reason) {
        LocalDate on = today.date();
        Person child = child(childId);
        if (parentId == null) {
            throw new InvalidInputException("parentId", "Choose the parent the case is about");
        }
        Person parent = people.open(parentId).orElseThrow(() -> new InvalidInputException("parentId",
                "There is no such person in this council"));
        notices.requireParentInLaw(child, parent);
        if (stage != Stage.NOTICE_TO_IMPROVE && stage != Stage.NOTICE_TO_ATTEND) {
            throw new InvalidInputException("stage", "A case starts with a Notice to Improve (NOTICE_TO_IMPROVE) or a Notice to"
                    + " Attend (NOTICE_TO_ATTEND); court follows an unpaid penalty notice's prosecution decision");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the notice is given: the support offered and what happened");
        }
        if (stage == Stage.NOTICE_TO_IMPROVE) {
            if (improveWeeks == null) {
                throw new InvalidInputException("improveWeeks", "Give the improvement period in weeks");
            }
            List<String> why = EnforcementPathway.improveRefusals(improveWeeks, holidayInTermTime, terms(on));
            if (!why.isEmpty()) {
                throw new InvalidInputException(why.stream().map(w -> new Problem.FieldError("improveWeeks", w)).toList());
            }
        }
        refuseASecondOpenCase(childId, parentId);
        EnforcementCase c = new EnforcementCase(childId, parentId, stage, on, stage == Stage.NOTICE_TO_IMPROVE ? improveWeeks : null);
        em.persist(c);
        flushOrRefuse("An enforcement case was opened for this parent and child a moment ago: carry on with it");
        em.persist(new EnforcementEntry(c.id(), on, EnforcementEntry.Kind.STAGE, stage, null, stage.label() + ": " + reason.strip()));
        em.flush();
        writeStageLetter(c, on);
        return c;
    }

    /** Moves a case on, from the version read, when the pathway allows; closing needs the reason. */
    public EnforcementCase move(UUID caseId, long version, Stage to, String reason) {
        if (to == null) {
            throw new InvalidInputException("stage", "Choose the stage the case moves to");
        }
        if ((to == Stage.CLOSED || to == Stage.COURT || to == Stage.POST_COURT_MONITORING) && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", switch (to) {
                case CLOSED -> "Say why the case is closed (below the council's attendance threshold, why it is not enforced)";
                case COURT -> "Give the court and the hearing date";
                default -> "Give the court's decision (the fine, a parenting order, or other)";
            });
        }
        EnforcementCase c = forChange(caseId, version);
        LocalDate on = today.date();
        List<String> why = EnforcementPathway.refusals(c.stage(), c.stageSince(), c.improveWeeks(), to, contactsSince(c), on,
                terms(on));
        if (!why.isEmpty()) {
            throw new ActionRefusedException("The case cannot move to " + to.label() + " yet", String.join("; ", why));
        }
        Stage from = c.stage();
        c.moveTo(to, on, reason == null ? null : reason.strip());
        em.persist(new EnforcementEntry(c.id(), on, EnforcementEntry.Kind.STAGE, to, null,
                to.label() + (reason == null || reason.isBlank() ? "" : ": " + reason.strip())));
        em.flush();
        if (from == Stage.POST_COURT_MONITORING) {
            clocks.stopAll(SUBJECT, c.id().toString(), today.now());
        }
        if (to == Stage.POST_COURT_MONITORING) {
            clocks.start(AttendanceStandards.POST_COURT, subject(c), today.now());
        }
        writeStageLetter(c, on);
        return c;
    }

    /** A contact with the family on a day (not in the future, not before the case was opened). */
    public EnforcementEntry contact(UUID caseId, LocalDate on, ContactType type, String note) {
        EnforcementCase c = find(caseId);
        if (c.stage() == Stage.CLOSED) {
            throw new ActionRefusedException("The case is closed", "Open a new case to record more contacts");
        }
        if (type == null) {
            throw new InvalidInputException("type", "Choose how you were in touch: PLANNED_VISIT, UNANNOUNCED_VISIT, PHONE, MEETING or"
                    + " OTHER");
        }
        LocalDate day = on == null ? today.date() : on;
        if (day.isAfter(today.date()) || day.isBefore(c.openedOn())) {
            throw new InvalidInputException("on", "The contact's date is between the case's opening ("
                    + DateText.inWords(c.openedOn()) + ") and today");
        }
        EnforcementEntry e = new EnforcementEntry(c.id(), day, EnforcementEntry.Kind.CONTACT, c.stage(), type,
                type.label() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        em.persist(e);
        em.flush();
        return e;
    }

    /** What a breach of a parenting order called for, and the letter written for it (null when none). */
    public record BreachOutcome(ParentingOrderBreaches.Action action, String words, UUID letterId) {
    }

    /** A breach of the parenting order the court made in this case, with the parent's reason and whether it is acceptable. */
    public BreachOutcome breach(UUID caseId, LocalDate on, Boolean acceptable, String reason) {
        EnforcementCase c = find(caseId);
        if (c.stage() != Stage.COURT && c.stage() != Stage.POST_COURT_MONITORING) {
            throw new ActionRefusedException("No parenting order in this case", "A breach is recorded once the court has made a"
                    + " parenting order (at court or in post-court monitoring)");
        }
        if (acceptable == null) {
            throw new InvalidInputException("acceptable", "Say whether the parent's reason is acceptable");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Give the parent's reason");
        }
        LocalDate day = on == null ? today.date() : on;
        if (day.isAfter(today.date()) || day.isBefore(c.openedOn())) {
            throw new InvalidInputException("on", "The breach's date is between the case's opening ("
                    + DateText.inWords(c.openedOn()) + ") and today");
        }
        List<LocalDate> earlier = em.createQuery("select e from EnforcementEntry e where e.caseId = :c and e.kind = :k"
                        + " and e.acceptable = false", EnforcementEntry.class)
                .setParameter("c", c.id()).setParameter("k", EnforcementEntry.Kind.BREACH).getResultList().stream()
                .map(EnforcementEntry::on).toList();
        ParentingOrderBreaches.Action action = ParentingOrderBreaches.action(day, acceptable, earlier,
                settings.number(AttendanceSettings.BREACH_MONTHS, day));
        em.persist(EnforcementEntry.breach(c.id(), day, acceptable, "Breach of the parenting order (" + (acceptable ? "acceptable"
                : "unacceptable") + " reason: " + reason.strip() + "). " + action.words()));
        em.flush();
        UUID letter = null;
        if (action != ParentingOrderBreaches.Action.NO_ACTION) {
            AttendanceLetterKind kind = action == ParentingOrderBreaches.Action.WARNING_LETTER
                    ? AttendanceLetterKind.PARENTING_ORDER_WARNING : AttendanceLetterKind.PARENTING_ORDER_BREACH;
            letter = letters.write(kind, about(c), Map.of("breachDate", DateText.inWords(day))).id();
        }
        return new BreachOutcome(action, action.words(), letter);
    }

    /**
     * The council's decision on an unpaid penalty notice; prosecuting it opens a case at court for that parent and child
     * (or moves their open case there).
     */
    public PenaltyNotice prosecute(UUID noticeId, long version, PenaltyNotice.Prosecution decision, String reason,
            boolean codeOfConductFollowed) {
        PenaltyNotice n = notices.decide(noticeId, version, decision, reason, codeOfConductFollowed);
        if (n.status() == PenaltyNotice.Status.PROSECUTED) {
            LocalDate on = today.date();
            // the parent's open case goes to court; without one, a case is opened there
            EnforcementCase c = openCase(n.childId(), n.parentId()).orElse(null);
            if (c == null) {
                c = new EnforcementCase(n.childId(), n.parentId(), Stage.COURT, on, null);
                em.persist(c);
            } else if (c.stage() != Stage.COURT && c.stage() != Stage.POST_COURT_MONITORING) {
                c.moveTo(Stage.COURT, on, null);
            }
            em.persist(new EnforcementEntry(c.id(), on, EnforcementEntry.Kind.STAGE, Stage.COURT, null, "Penalty notice "
                    + PenaltyNotices.reference(n) + " unpaid: prosecution under " + decision.words() + ". " + reason.strip()));
            em.flush();
        }
        return n;
    }

    /**
     * Records why the council does not enforce for a child whose attendance this school year is at or below its
     * threshold (85% by default; 002 §3e1): a key event on the child's record. Refused when attendance is above it.
     */
    public double notEnforcing(UUID childId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the council is not enforcing");
        }
        Person child = child(childId);
        LocalDate on = today.date();
        double percent = pupils.rates(child.id(), PupilAttendance.schoolYearStart(on), on).attendancePercent();
        int threshold = settings.number(AttendanceSettings.ENFORCE_BELOW_PERCENT, on);
        if (percent > threshold) {
            throw new ActionRefusedException("No reason needed", child.givenName() + "'s attendance this school year is " + percent
                    + "%, above " + threshold + "%: a reason for not enforcing is recorded at or below it");
        }
        caseNotes.record(child.id(), CaseNoteType.KEY_EVENT, on, false, new CaseNoteContent("Attendance enforcement not"
                + " pursued at " + percent + "% attendance this school year. Reason: " + reason.strip(), null, null, null, null,
                null, null, null, null, null));
        return percent;
    }

    /** The child's cases, newest first. */
    public List<EnforcementCase> of(UUID childId) {
        child(childId);
        return em.createQuery("select c from EnforcementCase c where c.childId = :c order by c.openedOn desc, c.id",
                EnforcementCase.class).setParameter("c", childId).getResultList();
    }

    /** A case, for whoever may open its child's record. */
    public EnforcementCase find(UUID caseId) {
        EnforcementCase c = caseId == null ? null : em.find(EnforcementCase.class, caseId);
        if (c == null || people.open(c.childId()).isEmpty()) {
            throw new RecordNotFoundException("There is no such enforcement case in this council.");
        }
        return c;
    }

    /** The case's chronology, oldest first. */
    public List<EnforcementEntry> chronology(UUID caseId) {
        EnforcementCase c = find(caseId);
        return em.createQuery("select e from EnforcementEntry e where e.caseId = :c order by e.on, e.createdAt",
                EnforcementEntry.class).setParameter("c", c.id()).getResultList();
    }

    private List<Contact> contactsSince(EnforcementCase c) {
        return em.createQuery("select e from EnforcementEntry e where e.caseId = :c and e.kind = :k and e.on >= :since",
                        EnforcementEntry.class).setParameter("c", c.id()).setParameter("k", EnforcementEntry.Kind.CONTACT)
                .setParameter("since", c.stageSince()).getResultList().stream()
                .map(e -> new Contact(e.on(), e.contactType())).toList();
    }

    private void writeStageLetter(EnforcementCase c, LocalDate on) {
        AttendanceLetterKind kind = switch (c.stage()) {
            case NOTICE_TO_IMPROVE -> AttendanceLetterKind.NOTICE_TO_IMPROVE;
            case NOTICE_TO_ATTEND -> AttendanceLetterKind.NOTICE_TO_ATTEND;
            case FORMAL_WARNING -> AttendanceLetterKind.FORMAL_WARNING;
            case COURT_ACTION -> AttendanceLetterKind.COURT_ACTION;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        EnforcementPathway.periodEnds(c.stage(), on, c.improveWeeks(), terms(on))
                .ifPresent(end -> values.put("periodEnds", DateText.inWords(end)));
        letters.write(kind, about(c), values);
    }

    private AttendanceLetters.About about(EnforcementCase c) {
        return new AttendanceLetters.About(c.childId(), c.parentId(), SUBJECT, c.id(), c.reference());
    }

    private java.util.Optional<EnforcementCase> openCase(UUID childId, UUID parentId) {
        return em.createQuery("select c from EnforcementCase c where c.childId = :c and c.parentId = :p and c.stage <> :closed",
                        EnforcementCase.class).setParameter("c", childId).setParameter("p", parentId)
                .setParameter("closed", Stage.CLOSED).getResultStream().findFirst();
    }

    private void refuseASecondOpenCase(UUID childId, UUID parentId) {
        openCase(childId, parentId).ifPresent(open -> {
            throw new ActionRefusedException("An enforcement case is already open", "Case " + open.reference()
                    + " is open for this parent and child, at " + open.stage().label() + ": carry on with it");
        });
    }

    /** Writes now; a case another request opened at the same moment (the database's one-open-case index) is refused. */
    private void flushOrRefuse(String message) {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException concurrent) {
            throw new ActionRefusedException("An enforcement case is already open", message);
        }
    }

    private EnforcementCase forChange(UUID id, long version) {
        EnforcementCase c = find(id);
        if (c.version() != version) {
            throw new StaleRecordException(SUBJECT, id.toString(), version, c.version());
        }
        return c;
    }

    private Person child(UUID childId) {
        return people.open(childId).orElseThrow(() -> new PersonNotFoundException(childId));
    }

    private EnforcementPathway.Terms terms(LocalDate on) {
        return AttendanceSettings.pathwayTerms(settings::number, on);
    }

    private static ClockSubject subject(EnforcementCase c) {
        return new ClockSubject(SUBJECT, c.id().toString(), "Post-court monitoring " + c.reference(), TEAM, null);
    }
}
