package org.nottspartners.portal.earlyhelp.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;
import org.nottspartners.portal.core.letters.LetterTemplate;
import org.nottspartners.portal.core.letters.LetterTemplates;
import org.nottspartners.portal.core.letters.PdfLetters;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.person.AddressBook;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.staff.StaffDirectory;
import org.nottspartners.portal.core.tenancy.TenantDirectory;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.casework.CaseLetter;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpSettings;
import org.nottspartners.portal.earlyhelp.casework.LetterDue;
import org.nottspartners.portal.earlyhelp.casework.LetterKind;
import org.nottspartners.portal.earlyhelp.casework.WaitingListOrder;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.Team;

/**
 * Writes a case's letters from the council's wording (the core's {@link LetterTemplates}) as PDF ({@link PdfLetters}), and keeps each against the case; writing and reading a letter are audited by the core.
 */
@ApplicationScoped
@Transactional
public class CaseLetters {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PersonDirectory people;

    @Inject
    AddressBook addresses;

    @Inject
    TenantDirectory tenants;

    @Inject
    CouncilCalendars calendars;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    LetterTemplates templates;

    @Inject
    TenantSettings settings;

    @Inject
    org.nottspartners.portal.earlyhelp.casework.CaseQueries cases;

    @Inject
    org.nottspartners.portal.earlyhelp.casework.CaseAccess access;

    @Inject
    Today time;

    @Inject
    StaffDirectory staff;

    /** Writes the letter a step of a case calls for, in that step's transaction. */
    void onLetterDue(@Observes LetterDue due) {
        write(due.earlyHelpCase(), due.kind(), due.dated());
    }

    public CaseLetter write(EarlyHelpCase c, LetterKind kind) {
        return write(c, kind, null);
    }

    /** Writes a letter dated {@code dated} (today when null); a deadline in it counts from that date. */
    public CaseLetter write(EarlyHelpCase c, LetterKind kind, LocalDate dated) {
        String council = TenantScope.current().orElseThrow();
        String councilName = tenants.nameOf(council).orElse(council);
        LocalDate today = dated == null ? time.date() : dated;
        var child = people.find(c.indexChildId()).orElseThrow();
        String teamName = c.teamCode() == null ? "the Early Help team" : setup.teamName(c.teamCode());
        Map<String, String> values = new HashMap<>();
        values.put("council", councilName);
        values.put("reference", c.reference());
        values.put("familyName", c.familyName());
        values.put("childName", child.givenName() + " " + child.familyName());
        values.put("referrerName", c.referrerName());
        // what the family is told about how the referral was made follows the consent basis recorded (issue 22)
        values.put("referralBasis", c.consentException() == null
                ? "You agreed to a referral for early help for " + values.get("childName") + "."
                : values.get("childName") + " was referred to us for early help. The law allows this without asking you first"
                        + " where there is " + c.consentException().inFamilyWords() + ".");
        values.put("teamName", teamName);
        // how to reach the team, so that "contact us" can be done (issue 22); the council's own number where unknown
        values.put("teamContact", c.teamCode() == null ? "" : setup.team(c.teamCode()).flatMap(Team::contact).orElse(""));
        if (values.get("teamContact").isEmpty()) {
            values.put("teamContact", "the telephone number on " + councilName + "'s website");
        }
        // the letter is signed by the lead professional by name, where the case has one (issue 22)
        String lead = c.leadProfessional() == null ? null : staff.nameOf(council, EarlyHelpRoles.CASE_WORKER, c.leadProfessional());
        values.put("signedBy", lead == null ? teamName : lead + ", lead professional, " + teamName);
        values.put("decision", c.decision() == null ? "" : c.decision().label());
        values.put("reasons", c.decisionReasons() == null ? "" : c.decisionReasons());
        values.put("level", setup.levelName(c.decidedLevel() == null ? c.believedLevel() : c.decidedLevel(), today));
        values.put("priority", c.rag() == null ? "" : String.valueOf(WaitingListOrder.priority(c.rag(), c.existingSupport())));
        values.put("ahead", c.teamCode() == null ? "0" : String.valueOf(familiesAhead(c)));
        // the council's own time to answer (the closure check reads the same setting)
        values.put("responseBy", calendars.current().addWorkingDays(today,
                settings.number(EarlyHelpSettings.FINAL_LETTER_WORKING_DAYS, today)).format(LONG_DATE));
        LetterTemplate letter = templates.template(EarlyHelpLetters.definition(kind)).fill(values);
        boolean toReferrer = kind == LetterKind.REFERRAL_OUTCOME || kind == LetterKind.WAITING_LIST_REFERRER;
        String addressee = toReferrer ? c.referrerName() + (c.referrerOrganisation() == null ? "" : ", " + c.referrerOrganisation())
                : "To the parents or carers of " + child.givenName() + " " + child.familyName();
        // a letter to the family goes to the child's current address, when it is known (issue 22)
        List<String> addressLines = toReferrer ? List.of() : addresses.currentLines(child.id());
        // the sender's contact block beside the council's name: the team, and how to reach it when the council has said
        List<String> sender = c.teamCode() == null ? List.of(teamName)
                : setup.team(c.teamCode()).flatMap(Team::contact).map(contact -> List.of(teamName, contact)).orElse(List.of(teamName));
        byte[] pdf = PdfLetters.render(councilName, sender, today.format(LONG_DATE), addressee, addressLines, letter);
        CaseLetter stored = new CaseLetter(c.id(), kind.name(), addressee, c.reference() + "-" + kind.template() + ".pdf", pdf);
        em.persist(stored);
        em.flush();
        return stored;
    }

    /** Cases before this one in the team's waiting list order (priority, then time waiting; 002 §3a3). */
    private long familiesAhead(EarlyHelpCase c) {
        if (c.waitingPriority() == null) {
            return 0;
        }
        return em.createQuery("select count(w) from EarlyHelpCase w where w.stage = :s and w.teamCode = :t and w.id <> :id"
                        + " and (w.waitingPriority < :p or (w.waitingPriority = :p and w.waitingSince < :since))", Long.class)
                .setParameter("s", org.nottspartners.portal.earlyhelp.casework.CaseStage.WAITING).setParameter("t", c.teamCode())
                .setParameter("id", c.id()).setParameter("p", c.waitingPriority()).setParameter("since", c.waitingSince())
                .getSingleResult();
    }

    /**
     * The case's letters, to the council's early help staff (they give the family's address; issue 23): a practitioner
     * from another agency in the case's team is told there are none to show.
     */
    public List<CaseLetter> of(UUID caseId) {
        cases.find(caseId);
        if (!access.councilStaff()) {
            return List.of();
        }
        return em.createQuery("select l from CaseLetter l where l.caseId = :c order by l.createdAt", CaseLetter.class)
                .setParameter("c", caseId).getResultList();
    }

    public CaseLetter find(UUID caseId, UUID letterId) {
        cases.find(caseId);
        CaseLetter l = access.councilStaff() ? em.find(CaseLetter.class, letterId) : null;
        if (l == null || !l.caseId().equals(caseId)) {
            throw new RecordNotFoundException("There is no such letter on this case.");
        }
        return l;
    }

    static LetterTemplate template(String council, LetterKind kind) {
        return LetterTemplate.parse(LetterTemplates.shipped(council, EarlyHelpLetters.definition(kind)));
    }
}
