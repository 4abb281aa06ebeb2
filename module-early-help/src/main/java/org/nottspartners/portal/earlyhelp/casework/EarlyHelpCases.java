package org.nottspartners.portal.earlyhelp.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;
import org.nottspartners.portal.core.clock.ClockRecord;
import org.nottspartners.portal.core.clock.ClockSubject;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.consent.Consent;
import org.nottspartners.portal.core.consent.ConsentRegister;
import org.nottspartners.portal.core.consent.ConsentStatus;
import org.nottspartners.portal.core.event.FamilyCaseClosed;
import org.nottspartners.portal.core.family.Family;
import org.nottspartners.portal.core.family.FamilyDirectory;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.person.PersonKind;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.earlyhelp.EarlyHelpModule;
import org.nottspartners.portal.earlyhelp.referral.RoutingRule;
import org.nottspartners.portal.earlyhelp.referral.ChildAge;
import org.nottspartners.portal.earlyhelp.referral.SocialCareCheck;
import org.nottspartners.portal.earlyhelp.referral.SocialCareIndicator;
import org.nottspartners.portal.earlyhelp.referral.TeamKind;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.Team;

/**
 * Early help from referral to closure (RULES.md §3), for the current council. Every step checks the
 * version the user read (409 if someone else got there first), starts and stops the core's quality-standard
 * clocks, writes the case's history, and is one transaction: a referral with its family and consent is
 * saved whole or not at all.
 *
 * <p>Why one class of about 950 lines: it still holds validation, queries, clocks, history, letters and
 * council defaults together. Issue 12 (the core module kit) splits it along exactly those seams as it moves
 * each one into core; splitting it first would mean splitting it twice.
 */
@ApplicationScoped
@Transactional
public class EarlyHelpCases {

    /** Council setting: how to reach the front door when a referral must go to social care now. */
    public static final String FRONT_DOOR_SETTING = "early-help.front-door-contact";

    /** The consent purpose recorded with a referral. */
    public static final String CONSENT_PURPOSE = "Early help referral";

    static final String SUBJECT = "early-help-case";
    static final String FRONT_DOOR_TEAM = "Front door";

    private static final Set<PortalRole> REFERRER_ROLES = Set.of(PortalRole.SCHOOL_STAFF, PortalRole.POLICE,
            PortalRole.HEALTH, PortalRole.YOUTH_JUSTICE, PortalRole.CASE_WORKER, PortalRole.TEAM_MANAGER,
            PortalRole.GROUP_MANAGER);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    PersonDirectory people;

    @Inject
    FamilyDirectory families;

    @Inject
    ConsentRegister consents;

    @Inject
    StandardClocks clocks;

    @Inject
    CouncilCalendars calendars;

    @Inject
    TenantSettings settings;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    Event<LetterDue> letters;

    @Inject
    Event<FamilyCaseClosed> closed;

    // ---- referral ----------------------------------------------------------------------------------

    /**
     * Records a referral. Refused whole, with every problem by field, when something is missing; refused
     * with the front door's contact when a social care indicator applies to the index child.
     */
    public EarlyHelpCase refer(ReferralRequest r) {
        OffsetDateTime now = now();
        LocalDate today = today();
        List<Problem.FieldError> errors = new ArrayList<>();
        Person child = r.indexChildId() == null ? null : people.find(r.indexChildId()).orElse(null);
        if (child == null) {
            errors.add(new Problem.FieldError("indexChildId", "Choose the child the referral is about (find them first)"));
        } else if (child.isTombstone()) {
            errors.add(new Problem.FieldError("indexChildId", "This record was merged into another record of the same child ("
                    + child.mergedInto().orElseThrow() + "): refer that one"));
            child = null;
        }
        if (r.route() == null) {
            errors.add(new Problem.FieldError("route", "Choose how the family is being referred"));
        }
        if (blank(r.concerns())) {
            errors.add(new Problem.FieldError("concerns", "Describe your concerns about the family"));
        }
        if (blank(r.believedLevel()) || setup.level(r.believedLevel(), today).isEmpty()) {
            errors.add(new Problem.FieldError("believedLevel", "Choose the level of need you believe applies: "
                    + setup.levelsOn(today).stream().map(l -> l.code() + " (" + l.name() + ")").collect(Collectors.joining(", "))));
        }
        if (r.urgent() && blank(r.urgencyReason())) {
            errors.add(new Problem.FieldError("urgencyReason", "Say why the referral is urgent"));
        }
        if (blank(r.referrerContact())) {
            errors.add(new Problem.FieldError("referrerContact", "Give a telephone number or email the team can reach you on"));
        }
        if (r.route() != null) {
            errors.addAll(RouteDetails.problems(r.route(), r.assessmentForm(), r.returnedAt(), r.priorAssessmentOn(), now));
        }
        int consentWays = (r.consentId() != null ? 1 : 0) + (r.consentGiven() != null ? 1 : 0) + (r.consentException() != null ? 1 : 0);
        if (consentWays != 1) {
            errors.add(new Problem.FieldError("consent", consentWays == 0
                    ? "Record the family's consent to the referral, or the lawful exception that lets it go ahead without"
                    : "Give consent or a lawful exception, not both"));
        }
        if (r.consentGiven() != null && (blank(r.consentGiven().givenBy()) || blank(r.consentGiven().evidence())
                || r.consentGiven().decidedOn() == null)) {
            errors.add(new Problem.FieldError("consentGiven", "Say who gave consent, when, and how it is evidenced (002 §2b1)"));
        }
        if (child != null) {
            ChildAge age = ageOf(child, today);
            List<SocialCareIndicator> stop = SocialCareCheck.stoppingIndicators(r.indicators(), age);
            if (!stop.isEmpty()) {
                throw new SocialCareRequiredException(stop, frontDoor(today));
            }
            Optional<EarlyHelpCase> open = openCaseOf(child.id());
            if (open.isPresent()) {
                throw new ActionRefusedException("This child already has an open referral",
                        child.givenName() + " " + child.familyName() + " already has an open early help referral, "
                        + open.get().reference() + " (" + open.get().stage().label() + "). Nothing new has been saved:"
                        + " contact the team about " + open.get().reference() + " to add what you know, rather than"
                        + " referring again.");
            }
        }
        Family family = null;
        if (r.familyId() != null) {
            family = families.find(r.familyId()).orElse(null);
            if (family == null) {
                errors.add(new Problem.FieldError("familyId", "There is no such family in this council"));
            } else if (child != null && !family.indexChildId().equals(child.id()) && !families.members(family.id()).contains(child.id())) {
                errors.add(new Problem.FieldError("indexChildId", "The child is not a member of that family"));
            }
        }
        if (r.consentId() != null && child != null) {
            Optional<Consent> held = consents.history(child.id()).stream().filter(c -> c.id().equals(r.consentId())).findFirst();
            if (held.isEmpty() || held.get().status() != ConsentStatus.GIVEN) {
                errors.add(new Problem.FieldError("consentId", "That is not consent given for this child"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (family == null) {
            // the family the child already belongs to, if any: one family record per household
            family = families.familiesOf(child.id()).stream().findFirst().orElse(null);
        }
        if (family == null) {
            String name = blank(r.newFamilyName()) ? child.familyName() + " family" : r.newFamilyName().strip();
            family = families.create(name, child.id());
        }
        UUID consentId = r.consentId();
        if (r.consentGiven() != null) {
            consentId = consents.record(child.id(), ConsentStatus.GIVEN, r.consentGiven().givenBy(), CONSENT_PURPOSE,
                    r.consentGiven().decidedOn(), r.consentGiven().evidence()).id();
        }
        EarlyHelpCase c = new EarlyHelpCase(referrer(r.referrerContact()), family.id(), family.name(), child.id(), r.route(),
                r.concerns(), r.believedLevel(), r.urgent(), r.urgencyReason(), consentId, r.consentException(), now);
        c.recordReferralDetails(r.assessmentForm(), r.returnedAt(), r.priorAssessmentOn());
        em.persist(c);
        em.flush();
        clocks.start(r.urgent() ? EarlyHelpStandards.DECISION_URGENT : EarlyHelpStandards.DECISION, subject(c), now);
        if (r.returnedAt() != null) {
            clocks.start(EarlyHelpStandards.RETURN_INTERVIEW, subject(c), r.returnedAt());
        }
        event(c, "REFERRED", "Referral received from " + c.referrerName() + (c.urgent() ? " (urgent)" : ""));
        return c;
    }

    private EarlyHelpCase.Referrer referrer(String contact) {
        String tenant = tenant();
        String role = caller.roles().rolesIn(tenant).stream().filter(REFERRER_ROLES::contains).sorted().findFirst()
                .map(PortalRole::tokenName).orElse("partner");
        return new EarlyHelpCase.Referrer(caller.userId(), caller.displayName() == null ? caller.userId() : caller.displayName(),
                caller.organisation(), role, contact.strip());
    }

    /** The referrals the caller made, newest first, with their outcome. */
    public List<EarlyHelpCase> referralsByCaller(int max) {
        return em.createQuery("select c from EarlyHelpCase c where c.referrerId = :r order by c.receivedAt desc", EarlyHelpCase.class)
                .setParameter("r", caller.userId()).setMaxResults(max).getResultList();
    }

    /** Where the front door should send the family, by the ages of its children (RULES.md §2 "Index child"). */
    public TeamKind suggestedRoute(EarlyHelpCase c, boolean neetNeed) {
        LocalDate today = today();
        Person child = people.find(c.indexChildId()).orElseThrow(() -> new PersonNotFoundException(c.indexChildId()));
        List<RoutingRule.Child> children = new ArrayList<>();
        for (UUID member : families.members(c.familyId())) {
            people.find(member).filter(p -> p.kind() == PersonKind.CHILD || p.kind() == PersonKind.UNBORN_CHILD)
                    .ifPresent(p -> children.add(asChild(p)));
        }
        RoutingRule.Child index = asChild(child);
        if (!families.members(c.familyId()).contains(child.id())) {
            children.add(index);
        }
        return RoutingRule.route(index, children, neetNeed, today);
    }

    private static RoutingRule.Child asChild(Person p) {
        return new RoutingRule.Child(p.dateOfBirth(), p.kind() == PersonKind.UNBORN_CHILD);
    }

    // ---- front door, screening, waiting list, allocation --------------------------------------------

    public EarlyHelpCase decide(UUID caseId, long version, FrontDoorDecision decision, String teamCode, String decidedLevel,
            String reasons) {
        EarlyHelpCase c = forChange(caseId, version);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new Problem.FieldError("decision", "Choose the decision"));
        }
        Optional<Team> team = teamCode == null ? Optional.empty() : setup.team(teamCode);
        if (decision == FrontDoorDecision.ACCEPT_TO_TEAM && team.isEmpty()) {
            errors.add(new Problem.FieldError("teamCode", "Choose the team the family goes to: "
                    + setup.teams().stream().map(Team::code).collect(Collectors.joining(", "))));
        }
        if (blank(decidedLevel) || setup.level(decidedLevel, today()).isEmpty()) {
            errors.add(new Problem.FieldError("decidedLevel", "Choose the level of need the council judges applies"));
        }
        if (blank(reasons)) {
            errors.add(new Problem.FieldError("reasons", "Give the reasons for the decision and the level"));
        }
        if (decision == FrontDoorDecision.ACCEPT_TO_TEAM && c.route().needsAssessmentForm() && c.referralAssessment().isEmpty()) {
            errors.add(new Problem.FieldError("referralAssessment", "Complete the early help assessment form for this "
                    + c.route().label().toLowerCase(java.util.Locale.UK) + " before passing it to a team"
                    + " (the Early Help Unit completes it for a self-referral)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OffsetDateTime now = now();
        c.decide(decision, teamCode, decidedLevel, reasons.strip(), caller.userId(), now);
        em.flush();
        stop(c, now, EarlyHelpStandards.DECISION, EarlyHelpStandards.DECISION_URGENT);
        if (decision != FrontDoorDecision.ACCEPT_TO_TEAM) {
            clocks.stopAll(SUBJECT, c.id().toString(), now); // declined or redirected: early help's work on it ends
        }
        if (decision == FrontDoorDecision.ACCEPT_TO_TEAM) {
            clocks.assign(SUBJECT, c.id().toString(), teamCode, null);
            clocks.start(c.urgent() ? EarlyHelpStandards.SCREENING_URGENT : EarlyHelpStandards.SCREENING, subject(c), now);
        }
        event(c, "DECIDED", decision.label() + (team.map(t -> " (" + t.name() + ")").orElse("")) + "; level "
                + decidedLevel + ": " + reasons.strip());
        letters.fire(new LetterDue(c, LetterKind.REFERRAL_OUTCOME));
        return c;
    }

    public EarlyHelpCase placeOnWaitingList(UUID caseId, long version, RiskRating risk, ExistingSupport support) {
        EarlyHelpCase c = forChange(caseId, version);
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
        OffsetDateTime now = now();
        c.placeOnWaitingList(risk, support, now);
        em.flush();
        stop(c, now, EarlyHelpStandards.SCREENING, EarlyHelpStandards.SCREENING_URGENT);
        clocks.start(EarlyHelpStandards.WAITING_REVIEW, subject(c), now);
        event(c, "WAITING", "Placed on the waiting list: risk " + risk + ", existing support " + support + ", priority "
                + WaitingListOrder.priority(risk, support));
        letters.fire(new LetterDue(c, LetterKind.WAITING_LIST_FAMILY));
        letters.fire(new LetterDue(c, LetterKind.WAITING_LIST_REFERRER));
        return c;
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

    public EarlyHelpCase allocate(UUID caseId, long version, String worker) {
        if (blank(worker)) {
            throw new InvalidInputException("worker", "Choose the lead professional");
        }
        EarlyHelpCase c = forChange(caseId, version);
        OffsetDateTime now = now();
        c.allocate(worker.strip(), now);
        em.flush();
        stop(c, now, EarlyHelpStandards.SCREENING, EarlyHelpStandards.SCREENING_URGENT, EarlyHelpStandards.WAITING_REVIEW);
        clocks.assign(SUBJECT, c.id().toString(), c.teamCode(), c.leadProfessional());
        for (String standard : List.of(EarlyHelpStandards.FIRST_CONTACT, EarlyHelpStandards.FIRST_HOME_VISIT,
                EarlyHelpStandards.PLAN, EarlyHelpStandards.FIRST_TAF)) {
            clocks.start(standard, subject(c), now);
        }
        event(c, "ALLOCATED", "Allocated to " + c.leadProfessional());
        Optional<LocalDate> currentUntil = c.priorAssessmentOn()
                .map(on -> RouteDetails.assessmentCurrentUntil(on, steppedDownAssessmentWeeks()))
                .filter(until -> !until.isBefore(today()));
        if (currentUntil.isPresent()) {
            c.completeAssessment(AssessmentType.of(tenant()), "Social care's assessment of " + c.priorAssessmentOn().orElseThrow()
                    + ", current until " + currentUntil.get() + " (002 §3b2)", now);
            em.flush();
            event(c, "ASSESSMENT_CURRENT", "Social care's assessment of " + c.priorAssessmentOn().orElseThrow()
                    + " stays current until " + currentUntil.get() + " (002 §3b2): it is the case's assessment; no new one is due");
        } else {
            clocks.start(EarlyHelpStandards.ASSESSMENT, subject(c), now);
        }
        return c;
    }

    /** How many open cases each lead professional of a team holds. */
    public Map<String, Long> caseloads(String teamCode) {
        List<Object[]> rows = em.createQuery("select c.leadProfessional, count(c) from EarlyHelpCase c where c.teamCode = :t"
                        + " and c.stage in :open and c.leadProfessional is not null group by c.leadProfessional", Object[].class)
                .setParameter("t", teamCode).setParameter("open", List.of(CaseStage.ALLOCATED, CaseStage.PLAN)).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1], (a, b) -> a, java.util.TreeMap::new));
    }

    // ---- assessment, plan, TAF, contact, disputes ---------------------------------------------------------

    public EarlyHelpCase recordContact(UUID caseId, long version, String note) {
        return recordContact(caseId, version, ContactKind.FACE_TO_FACE, note);
    }

    /**
     * Records contact with the family. It restarts the contact clock at the frequency in force
     * ({@link ContactFrequency}); a home visit also meets the first home visit standard, and a return
     * interview the 72-hour standard (which may be met before the case is allocated).
     */
    public EarlyHelpCase recordContact(UUID caseId, long version, ContactKind kind, String note) {
        EarlyHelpCase c = forChange(caseId, version);
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
        OffsetDateTime now = now();
        if (how == ContactKind.RETURN_INTERVIEW) {
            stop(c, now, EarlyHelpStandards.RETURN_INTERVIEW);
        }
        if (how == ContactKind.HOME_VISIT) {
            stop(c, now, EarlyHelpStandards.FIRST_HOME_VISIT);
        }
        if (c.stage() == CaseStage.ALLOCATED || c.stage() == CaseStage.PLAN) {
            stop(c, now, EarlyHelpStandards.FIRST_CONTACT);
            Optional<ClockRecord> previous = Optional.empty();
            for (String standard : ContactFrequency.standardIds()) {
                Optional<ClockRecord> stopped = clocks.stop(standard, SUBJECT, c.id().toString(), now);
                previous = stopped.isPresent() ? stopped : previous;
            }
            clocks.carryRelaxation(previous, clocks.start(contactFrequency(c).standardId(), subject(c), now), now);
        }
        event(c, "CONTACT", how.label() + ": " + note.strip());
        return c;
    }

    /** The contact frequency in force on a case (002 §3c5). */
    public ContactFrequency contactFrequency(EarlyHelpCase c) {
        return ContactFrequency.inForce(tafMeetings(c.id()).size(), c.monitoringOnly());
    }

    /**
     * Moves the running contact clock to the frequency now in force (after a TAF meeting, or a change to
     * monitoring only), counting from the same last contact.
     */
    private void followContactFrequency(EarlyHelpCase c) {
        String wanted = contactFrequency(c).standardId();
        for (ClockRecord running : clocks.on(SUBJECT, c.id().toString())) {
            if (running.stoppedAt() == null && java.util.Arrays.asList(ContactFrequency.standardIds()).contains(running.standardId())
                    && !running.standardId().equals(wanted)) {
                OffsetDateTime lastContact = running.startedAt();
                Optional<ClockRecord> stopped = clocks.stop(running.standardId(), SUBJECT, c.id().toString(), now());
                clocks.carryRelaxation(stopped, clocks.start(wanted, subject(c), lastContact), now());
            }
        }
    }

    /** Marks a case as open only for family programme monitoring, or back to full work (002 §3c5). */
    public EarlyHelpCase monitorOnly(UUID caseId, long version, boolean monitoringOnly) {
        EarlyHelpCase c = forChange(caseId, version);
        c.monitorOnly(monitoringOnly);
        em.flush();
        followContactFrequency(c);
        event(c, "MONITORING", monitoringOnly ? "Open for family programme monitoring only: contact is a phone call every 3 months"
                : "Back to full early help work: contact " + contactFrequency(c).inWords());
        return c;
    }

    /** The front door completes the assessment form of a referral that came without one (a self-referral). */
    public EarlyHelpCase completeReferralAssessment(UUID caseId, long version, String assessmentForm) {
        EarlyHelpCase c = forChange(caseId, version);
        if (blank(assessmentForm)) {
            throw new InvalidInputException("assessmentForm", "Record the early help assessment form's findings");
        }
        c.completeReferralAssessment(assessmentForm);
        em.flush();
        event(c, "REFERRAL_ASSESSMENT", "Early help assessment form completed by the front door");
        return c;
    }

    public EarlyHelpCase completeAssessment(UUID caseId, long version, String summary) {
        return completeAssessment(caseId, version, summary, Map.of());
    }

    /**
     * Records the early help assessment: the County's Child and Family Assessment as a summary (002 §3b2);
     * the City's CAF with a finding in each of its three domains as well (001 L1177-1179).
     */
    public EarlyHelpCase completeAssessment(UUID caseId, long version, String summary, Map<CafDomain, String> domains) {
        EarlyHelpCase c = forChange(caseId, version);
        AssessmentType type = AssessmentType.of(tenant());
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
        OffsetDateTime now = now();
        c.completeAssessment(type, text.toString(), now);
        em.flush();
        stop(c, now, EarlyHelpStandards.ASSESSMENT);
        event(c, "ASSESSED", type.label() + " completed");
        return c;
    }

    public PlanTarget addTarget(UUID caseId, String need, String target, String measure, String owner, LocalDate dueOn,
            ProgrammeCriterion criterion) {
        EarlyHelpCase c = find(caseId);
        c.requireWorkable("A plan target");
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
        if (dueOn == null || dueOn.isBefore(today())) {
            errors.add(new Problem.FieldError("dueOn", "Give the date it will be done by, today or later (timed)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlanTarget t = new PlanTarget(c.id(), need.strip(), target.strip(), measure.strip(), owner.strip(), dueOn, criterion);
        em.persist(t);
        em.flush();
        return t;
    }

    public List<PlanTarget> targets(UUID caseId) {
        find(caseId);
        return em.createQuery("select t from PlanTarget t where t.caseId = :c order by t.dueOn, t.id", PlanTarget.class)
                .setParameter("c", caseId).getResultList();
    }

    public EarlyHelpCase agreePlan(UUID caseId, long version) {
        EarlyHelpCase c = forChange(caseId, version);
        if (targets(caseId).isEmpty()) {
            throw new ActionRefusedException("Add the plan's SMART targets before recording it as agreed (002 §3b4)");
        }
        OffsetDateTime now = now();
        c.agreePlan(now);
        em.flush();
        stop(c, now, EarlyHelpStandards.PLAN);
        event(c, "PLAN_AGREED", "Family Action Plan agreed with " + targets(caseId).size() + " targets");
        return c;
    }

    public TafMeeting recordTaf(UUID caseId, LocalDate heldOn, boolean familyPresent, String attendees, String summary) {
        EarlyHelpCase c = find(caseId);
        c.requireWorkable("A TAF meeting");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (heldOn == null || heldOn.isAfter(today())) {
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
        TafMeeting m = new TafMeeting(c.id(), heldOn, familyPresent, attendees.strip(), summary.strip());
        em.persist(m);
        em.flush();
        OffsetDateTime held = heldOn.atTime(12, 0).atZone(calendar().zone()).toOffsetDateTime();
        OffsetDateTime stoppedAt = held.isBefore(c.allocatedAt()) ? c.allocatedAt() : held;
        stop(c, stoppedAt, EarlyHelpStandards.FIRST_TAF, EarlyHelpStandards.TAF_REVIEW);
        clocks.start(EarlyHelpStandards.TAF_REVIEW, subject(c), stoppedAt);
        followContactFrequency(c);
        event(c, "TAF", "TAF meeting held on " + heldOn + (familyPresent ? " with the family" : " without the family"));
        return m;
    }

    public List<TafMeeting> tafMeetings(UUID caseId) {
        find(caseId);
        return em.createQuery("select m from TafMeeting m where m.caseId = :c order by m.heldOn desc", TafMeeting.class)
                .setParameter("c", caseId).getResultList();
    }

    /**
     * A dispute about a case (the level with the referrer, or which team holds it), and each escalation:
     * Team Manager, then Service Manager, then Group Manager (002 §3a5, §3a8); kept in the case's history.
     */
    public CaseEvent raiseOrEscalateDispute(UUID caseId, String about) {
        EarlyHelpCase c = find(caseId);
        if (blank(about)) {
            throw new InvalidInputException("about", "Say what is disputed and why");
        }
        int earlier = DisputeLadder.stepsTaken(disputeEvents(caseId));
        if (earlier >= DisputeLadder.STEPS.size()) {
            throw new ActionRefusedException("The dispute has reached the Group Manager, the last step (002 §3a5)");
        }
        OffsetDateTime now = now();
        stop(c, now, EarlyHelpStandards.DISPUTE);
        clocks.start(EarlyHelpStandards.DISPUTE, subject(c), now);
        return event(c, DisputeLadder.RAISED, (earlier == 0 ? "Dispute raised with the " : "Dispute escalated to the ")
                + DisputeLadder.STEPS.get(earlier) + ": " + about.strip());
    }

    /** Records how the open dispute was resolved; the next dispute starts again with the Team Manager. */
    public CaseEvent resolveDispute(UUID caseId, String outcome) {
        EarlyHelpCase c = find(caseId);
        if (blank(outcome)) {
            throw new InvalidInputException("outcome", "Say how the dispute was resolved and who decided");
        }
        int steps = DisputeLadder.stepsTaken(disputeEvents(caseId));
        if (steps == 0) {
            throw new ActionRefusedException("There is no open dispute on this case");
        }
        if (steps == DisputeLadder.STEPS.size() && !caller.roles().rolesIn(tenant()).contains(PortalRole.GROUP_MANAGER)) {
            throw new ActionRefusedException("The dispute is with the Group Manager: only a group manager can resolve it now (002 §3a5)");
        }
        stop(c, now(), EarlyHelpStandards.DISPUTE);
        return event(c, DisputeLadder.RESOLVED, "Dispute resolved: " + outcome.strip());
    }

    /** The case's dispute events (raised, escalated, resolved), oldest first. */
    public List<CaseEvent> disputeEvents(UUID caseId) {
        return em.createQuery("select e from CaseEvent e where e.caseId = :c and e.kind in :k order by e.happenedAt, e.id",
                        CaseEvent.class).setParameter("c", caseId)
                .setParameter("k", List.of(DisputeLadder.RAISED, DisputeLadder.RESOLVED)).getResultList();
    }

    // ---- interventions (002 §4-§5, §7e) -------------------------------------------------------------------

    static final String INTERVENTION_SUBJECT = Intervention.RECORD_TYPE;

    /** A full caseload for a Child and Family Worker is about 12 to 22 families (002 §4b). */
    public static final int FULL_CASELOAD = 22;

    /**
     * The lead professional commissions work for the family from the Interventions Team or the Intensive
     * Support and Parenting Team, allocated to a Child and Family Worker; the planning meeting and the
     * 12-week Service Manager clocks start.
     */
    public Intervention commissionIntervention(UUID caseId, InterventionKind kind, String worker, String purpose) {
        EarlyHelpCase c = find(caseId);
        c.requireWorkable("Commissioning an intervention");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new Problem.FieldError("kind", "Choose the team: INTERVENTION or INTENSIVE"));
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
        OffsetDateTime now = now();
        Intervention i = new Intervention(c.id(), kind, worker.strip(), purpose.strip(), now);
        em.persist(i);
        em.flush();
        for (String standard : InterventionRules.ON_ALLOCATION) {
            clocks.start(standard, interventionSubject(c, i), now);
        }
        event(c, "INTERVENTION", kind.team() + " commissioned, allocated to " + i.worker() + ": " + i.purpose());
        return i;
    }

    public List<Intervention> interventions(UUID caseId) {
        find(caseId);
        return em.createQuery("select i from Intervention i where i.caseId = :c order by i.allocatedAt, i.id", Intervention.class)
                .setParameter("c", caseId).getResultList();
    }

    /** Records a step of commissioned work, in order, with the clocks it stops and starts. */
    public Intervention recordInterventionStep(UUID caseId, UUID interventionId, long version, InterventionStep step, String note) {
        EarlyHelpCase c = find(caseId);
        c.requireWorkable("A step of an intervention");
        Intervention i = intervention(caseId, interventionId, version);
        if (step == InterventionStep.SERVICE_MANAGER_AGREED && caller.roles().rolesIn(tenant()).stream()
                .noneMatch(r -> r == PortalRole.TEAM_MANAGER || r == PortalRole.GROUP_MANAGER)) {
            throw new ActionRefusedException("Only a manager records a Service Manager's agreement");
        }
        if (step == null) {
            throw new InvalidInputException("step", "Choose the step: " + java.util.Arrays.toString(InterventionStep.values()));
        }
        if (blank(note)) {
            throw new InvalidInputException("note", "Say what happened");
        }
        InterventionRules.refusal(step, i.progress()).ifPresent(why -> {
            throw new ActionRefusedException(why);
        });
        OffsetDateTime now = now();
        i.record(step, now);
        em.flush();
        for (String standard : InterventionRules.stops(step, i.kind())) {
            clocks.stop(standard, INTERVENTION_SUBJECT, i.id().toString(), now);
        }
        for (String standard : InterventionRules.starts(step, i.kind())) {
            clocks.start(standard, interventionSubject(c, i), now);
        }
        event(c, "INTERVENTION_STEP", i.kind().team() + ": " + step.label() + ": " + note.strip());
        return i;
    }

    /** Closes commissioned work; for non-engagement only after 2 instances (intensive: 4) (002 §7e). */
    public Intervention closeIntervention(UUID caseId, UUID interventionId, long version, String reason, boolean nonEngagement) {
        EarlyHelpCase c = find(caseId);
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
        OffsetDateTime now = now();
        i.close((nonEngagement ? "Non-engagement: " : "") + reason.strip(), now);
        em.flush();
        for (String standard : InterventionRules.allStandards()) {
            clocks.stop(standard, INTERVENTION_SUBJECT, i.id().toString(), now);
        }
        event(c, "INTERVENTION_CLOSED", i.kind().team() + " work closed: " + i.closureReason());
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

    private static ClockSubject interventionSubject(EarlyHelpCase c, Intervention i) {
        return new ClockSubject(INTERVENTION_SUBJECT, i.id().toString(), c.reference() + " " + c.familyName() + " (" + i.kind().team()
                + ")", i.kind().team(), i.worker());
    }

    // ---- closure -----------------------------------------------------------------------------------------

    public EngagementAttempt recordEngagementAttempt(UUID caseId, EngagementStep step, OffsetDateTime doneAt, String note) {
        EarlyHelpCase c = find(caseId);
        c.requireWorkable("An attempt to engage the family");
        List<Problem.FieldError> errors = new ArrayList<>();
        if (step == null) {
            errors.add(new Problem.FieldError("step", "Choose the step taken"));
        }
        if (doneAt == null || doneAt.isAfter(now().plusMinutes(5))) {
            errors.add(new Problem.FieldError("doneAt", "Give when it was done, not in the future"));
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
            clocks.start(EarlyHelpStandards.FINAL_LETTER, subject(c), doneAt);
            letters.fire(new LetterDue(c, LetterKind.FINAL_NON_ENGAGEMENT));
        }
        event(c, "ENGAGEMENT", step.label() + ": " + note.strip());
        return a;
    }

    /** What is still needed before the case may close for non-engagement; empty when it may. */
    public List<String> nonEngagementGaps(UUID caseId) {
        find(caseId);
        List<NonEngagementSequence.Attempt> attempts = em.createQuery(
                        "select a from EngagementAttempt a where a.caseId = :c", EngagementAttempt.class)
                .setParameter("c", caseId).getResultList().stream()
                .map(a -> new NonEngagementSequence.Attempt(a.step(), a.doneAt())).toList();
        int days = settings.valueOn("early-help.final-letter-working-days", today()).map(Integer::parseInt)
                .orElse(NonEngagementSequence.DEFAULT_RESPONSE_WORKING_DAYS);
        return NonEngagementSequence.missing(attempts, today(), calendar(), days);
    }

    public EarlyHelpCase close(UUID caseId, long version, ClosureOutcome outcome, String reasons, ProgrammeStatus programme) {
        EarlyHelpCase c = forChange(caseId, version);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add(new Problem.FieldError("outcome", "Choose the outcome"));
        }
        if (blank(reasons)) {
            errors.add(new Problem.FieldError("reasons", "Say why the case is closing and what has changed"));
        }
        if (programme == null) {
            errors.add(new Problem.FieldError("programmeStatus", "Record the family programme status (002 §3g5)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (outcome == ClosureOutcome.NON_ENGAGEMENT) {
            List<String> gaps = nonEngagementGaps(caseId);
            if (!gaps.isEmpty()) {
                throw new ActionRefusedException("Not every step to engage the family has been taken (002 §3c3): "
                        + String.join("; ", gaps));
            }
        }
        OffsetDateTime now = now();
        c.close(outcome, reasons.strip(), programme, now);
        em.flush();
        clocks.stopAll(SUBJECT, c.id().toString(), now);
        for (Intervention i : interventions(c.id())) {
            if (i.closedAt() == null) {
                i.close("The early help case closed", now);
                clocks.stopAll(INTERVENTION_SUBJECT, i.id().toString(), now);
            }
        }
        em.flush();
        event(c, "CLOSED", outcome.label() + ": " + reasons.strip());
        closed.fire(new FamilyCaseClosed(tenant(), EarlyHelpModule.ID, c.id().toString(), c.familyId(), c.indexChildId(),
                outcome.name(), programme.name(), now));
        return c;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    public EarlyHelpCase find(UUID caseId) {
        EarlyHelpCase c = caseId == null ? null : em.find(EarlyHelpCase.class, caseId);
        if (c == null) {
            throw new RecordNotFoundException("There is no early help case " + caseId + " in this council.");
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

    /** The child's open early help case, if any: a child is referred once while a case is open. */
    public Optional<EarlyHelpCase> openCaseOf(UUID childId) {
        return em.createQuery("select c from EarlyHelpCase c where c.indexChildId = :child and c.stage in :open"
                        + " order by c.receivedAt", EarlyHelpCase.class)
                .setParameter("child", childId)
                .setParameter("open", java.util.Arrays.stream(CaseStage.values()).filter(CaseStage::isOpen).toList())
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
        Map<CaseStage, Long> counts = new java.util.EnumMap<>(CaseStage.class);
        for (CaseStage s : CaseStage.values()) {
            if (s.isOpen()) {
                counts.put(s, 0L);
            }
        }
        rows.forEach(r -> counts.put((CaseStage) r[0], (Long) r[1]));
        return counts;
    }

    public List<CaseEvent> history(UUID caseId) {
        find(caseId);
        return em.createQuery("select e from CaseEvent e where e.caseId = :c order by e.happenedAt, e.id", CaseEvent.class)
                .setParameter("c", caseId).getResultList();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private EarlyHelpCase forChange(UUID caseId, long expectedVersion) {
        EarlyHelpCase c = find(caseId);
        if (c.version() != expectedVersion) {
            throw new StaleRecordException(EarlyHelpCase.RECORD_TYPE, caseId.toString(), expectedVersion, c.version());
        }
        return c;
    }

    private void stop(EarlyHelpCase c, OffsetDateTime at, String... standards) {
        for (String s : standards) {
            clocks.stop(s, SUBJECT, c.id().toString(), at);
        }
    }

    /** A step in the case's history, under the name of whoever took it (the audit trail keeps their id too). */
    private CaseEvent event(EarlyHelpCase c, String kind, String description) {
        String who = caller.displayName() == null || caller.displayName().isBlank() ? caller.userId() : caller.displayName();
        CaseEvent e = new CaseEvent(c.id(), now(), kind, who.length() > 100 ? who.substring(0, 100) : who, description);
        em.persist(e);
        em.flush();
        return e;
    }

    static ClockSubject subject(EarlyHelpCase c) {
        return new ClockSubject(SUBJECT, c.id().toString(), c.reference() + " " + c.familyName(),
                c.teamCode() == null ? FRONT_DOOR_TEAM : c.teamCode(), c.leadProfessional());
    }

    private String frontDoor(LocalDate today) {
        return settings.valueOn(FRONT_DOOR_SETTING, today).orElse("city".equals(tenant())
                ? "Contact Children and Families Direct now on 0115 876 4800, or out of hours the Emergency Duty Team on 0115 876 1000."
                : "Contact the Multi-Agency Safeguarding Hub (MASH) now.");
    }

    private static ChildAge ageOf(Person p, LocalDate today) {
        return p.kind() == PersonKind.UNBORN_CHILD ? ChildAge.unborn() : ChildAge.on(p.dateOfBirth(), today);
    }

    /** Council setting: how long social care's assessment stays current for a stepped-down case (002 §3b2, default 16). */
    public static final String STEPPED_DOWN_ASSESSMENT_SETTING = "early-help.stepped-down-assessment-current-weeks";

    private int steppedDownAssessmentWeeks() {
        return settings.valueOn(STEPPED_DOWN_ASSESSMENT_SETTING, today()).map(Integer::parseInt).orElse(16);
    }

    private WorkingDayCalendar calendar() {
        return calendars.current();
    }

    private LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.ENGLAND);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
