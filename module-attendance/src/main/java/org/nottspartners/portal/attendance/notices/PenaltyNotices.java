package org.nottspartners.portal.attendance.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.attendance.letters.AttendanceLetterKind;
import org.nottspartners.portal.attendance.letters.AttendanceLetters;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.attendance.rules.PenaltyNoticeRule;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.clock.ClockSubject;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.family.FamilyDirectory;
import org.nottspartners.portal.core.family.Relationship;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;

/**
 * Penalty notices (RULES.md §4; 002 §2a13): a school's request for one parent of one child is checked against the rule
 * ({@link PenaltyNoticeRule}, over this parent's earlier notices for this child) and against education law's parent
 * (section 576: parental responsibility or care, core's family record), then timed: issued within 10 working days of
 * the request; once issued, paid at the reduced amount within 21 days, in full within 28. Withdrawn notices do not count.
 * Each step is audited by the core as a change of the notice.
 */
@ApplicationScoped
@Transactional
public class PenaltyNotices {

    /** The clock subject type of a penalty notice. */
    static final String SUBJECT = "penalty-notice";
    private static final String TEAM = "Education enforcement";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PupilAttendance pupils;

    @Inject
    PersonRecordAccess people;

    @Inject
    FamilyDirectory families;

    @Inject
    StandardClocks clocks;

    @Inject
    TenantSettings settings;

    @Inject
    Today today;

    @Inject
    AttendanceLetters letters;

    /** A school's request for a notice to one parent of the child, on the day it is made. */
    public PenaltyNotice request(UUID childId, UUID parentId) {
        LocalDate on = today.date();
        Person child = people.open(childId).orElseThrow(() -> new PersonNotFoundException(childId));
        if (parentId == null) {
            throw new InvalidInputException("parentId", "Choose the parent the notice is for");
        }
        Person parent = people.open(parentId).orElseThrow(() -> new InvalidInputException("parentId",
                "There is no such person in this council"));
        requireParentInLaw(child, parent);
        PenaltyNoticeRule.Decision decision = pupils.penaltyNotice(childId, on, earlier(childId, parentId));
        if (!decision.eligible()) {
            throw new ActionRefusedException("Not eligible for a penalty notice", decision.reason());
        }
        PenaltyNotice notice = new PenaltyNotice(childId, parentId, on, decision.windowFrom().orElseThrow(),
                decision.windowTo().orElseThrow(), decision.sessions(), decision.pounds(), decision.reducedPounds());
        em.persist(notice);
        em.flush();
        clocks.start(AttendanceStandards.NOTICE_ISSUE, subject(notice, child, parent), today.now());
        return notice;
    }

    public PenaltyNotice issue(UUID noticeId, long version) {
        PenaltyNotice n = forChange(noticeId, version);
        OffsetDateTime now = today.now();
        n.issue(today.date());
        em.flush();
        clocks.stop(AttendanceStandards.NOTICE_ISSUE, SUBJECT, n.id().toString(), now);
        ClockSubject subject = subject(n, null, null);
        if (n.reducedPounds() != null) {
            clocks.start(AttendanceStandards.NOTICE_REDUCED, subject, now);
        }
        clocks.start(AttendanceStandards.NOTICE_PAYABLE, subject, now);
        LocalDate issued = n.issuedOn();
        String payableBy = DateText.inWords(issued.plusDays(settings.number(AttendanceSettings.NOTICE_PAYABLE_DAYS, issued)));
        Map<String, String> values = new HashMap<>();
        values.put("pounds", String.valueOf(n.pounds()));
        values.put("unauthorisedSessions", String.valueOf(n.sessions()));
        values.put("windowFrom", DateText.inWords(n.windowFrom()));
        values.put("windowTo", DateText.inWords(n.windowTo()));
        values.put("payableBy", payableBy);
        if (n.reducedPounds() != null) {
            String reducedBy = DateText.inWords(issued.plusDays(settings.number(AttendanceSettings.NOTICE_REDUCED_DAYS, issued)));
            values.put("reducedPounds", String.valueOf(n.reducedPounds()));
            values.put("reducedBy", reducedBy);
            values.put("reduction", "If you pay by " + reducedBy + ", you pay £" + n.reducedPounds() + " instead.");
        } else {
            values.put("reduction", "This is a second notice for this child within "
                    + settings.number(AttendanceSettings.NOTICE_REPEAT_YEARS, issued) + " years, so it cannot be paid at a reduced amount.");
        }
        letters.write(AttendanceLetterKind.PENALTY_NOTICE, new AttendanceLetters.About(n.childId(), n.parentId(), SUBJECT, n.id(),
                reference(n)), values);
        return n;
    }

    /** A notice's reference in letters and on screen: PN- and the first part of its id. */
    public static String reference(PenaltyNotice n) {
        return "PN-" + n.id().toString().substring(0, 8).toUpperCase(java.util.Locale.UK);
    }

    /**
     * The council's decision on a notice unpaid after its payment period: prosecute under s444(1) or s444(1A), or not,
     * with the reason; the payment clock stops.
     */
    public PenaltyNotice decide(UUID noticeId, long version, PenaltyNotice.Prosecution decision, String reason,
            boolean codeOfConductFollowed) {
        if (decision == null) {
            throw new InvalidInputException("prosecution", "Choose S444_1, S444_1A or NONE");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the council decided this");
        }
        PenaltyNotice n = forChange(noticeId, version);
        n.decide(today.date(), settings.number(AttendanceSettings.NOTICE_PAYABLE_DAYS, n.issuedOn()), decision, reason.strip(),
                codeOfConductFollowed);
        em.flush();
        clocks.stopAll(SUBJECT, n.id().toString(), today.now());
        return n;
    }

    public PenaltyNotice pay(UUID noticeId, long version) {
        PenaltyNotice n = forChange(noticeId, version);
        n.pay(today.date(), settings.number(AttendanceSettings.NOTICE_REDUCED_DAYS, n.issuedOn()));
        em.flush();
        clocks.stopAll(SUBJECT, n.id().toString(), today.now());
        return n;
    }

    public PenaltyNotice withdraw(UUID noticeId, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the notice is withdrawn");
        }
        PenaltyNotice n = forChange(noticeId, version);
        n.withdraw(today.date(), reason.strip());
        em.flush();
        clocks.stopAll(SUBJECT, n.id().toString(), today.now());
        return n;
    }

    /**
     * Refuses a parent the family record does not show as the child's parent in education law (section 576: parental
     * responsibility or care): notices and the enforcement pathway are for them only.
     */
    public void requireParentInLaw(Person child, Person parent) {
        boolean parentInLaw = families.relationshipsOf(child.id()).stream().filter(Relationship::isParentInEducationLaw)
                .anyMatch(r -> r.personId().equals(parent.id()) && r.relatedPersonId().equals(child.id()));
        if (!parentInLaw) {
            throw new InvalidInputException("parentId", parent.givenName() + " " + parent.familyName() + " is not recorded as a"
                    + " parent of " + child.givenName() + " in education law (parental responsibility or care, section 576):"
                    + " record the relationship on the family record first");
        }
    }

    /** The child's parents in education law (section 576), as the family record shows them. */
    public List<Person> parentsInLaw(UUID childId) {
        return families.relationshipsOf(childId).stream().filter(Relationship::isParentInEducationLaw)
                .filter(r -> r.relatedPersonId().equals(childId)).map(Relationship::personId).distinct()
                .map(people::open).flatMap(java.util.Optional::stream).toList();
    }

    /** Whether a parent may be given a notice for the child on a day, counting that parent's earlier notices. */
    public PenaltyNoticeRule.Decision eligibility(UUID childId, UUID parentId, LocalDate on) {
        return pupils.penaltyNotice(childId, on, parentId == null ? List.of() : earlier(childId, parentId));
    }

    /** The child's notices, newest first, for whoever may open the child's record. */
    public List<PenaltyNotice> of(UUID childId) {
        people.open(childId).orElseThrow(() -> new PersonNotFoundException(childId));
        return em.createQuery("select n from PenaltyNotice n where n.childId = :c order by n.requestedOn desc, n.id",
                PenaltyNotice.class).setParameter("c", childId).getResultList();
    }

    /** This parent's earlier notices for this child, as the rule counts them (withdrawn ones marked). */
    List<PenaltyNoticeRule.EarlierNotice> earlier(UUID childId, UUID parentId) {
        return em.createQuery("select n from PenaltyNotice n where n.childId = :c and n.parentId = :p", PenaltyNotice.class)
                .setParameter("c", childId).setParameter("p", parentId).getResultList().stream()
                .map(n -> new PenaltyNoticeRule.EarlierNotice(n.issuedOn() != null ? n.issuedOn() : n.requestedOn(),
                        n.status() == PenaltyNotice.Status.WITHDRAWN))
                .toList();
    }

    private PenaltyNotice forChange(UUID id, long version) {
        PenaltyNotice n = id == null ? null : em.find(PenaltyNotice.class, id);
        if (n == null || people.open(n.childId()).isEmpty()) {
            throw new RecordNotFoundException("There is no such penalty notice in this council.");
        }
        if (n.version() != version) {
            throw new StaleRecordException(SUBJECT, id.toString(), version, n.version());
        }
        return n;
    }

    private static ClockSubject subject(PenaltyNotice n, Person child, Person parent) {
        return new ClockSubject(SUBJECT, n.id().toString(), child == null ? "Penalty notice " + n.id().toString().substring(0, 8)
                : "Penalty notice: " + parent.givenName() + " " + parent.familyName() + " for " + child.givenName() + " "
                        + child.familyName(), TEAM, null);
    }
}
