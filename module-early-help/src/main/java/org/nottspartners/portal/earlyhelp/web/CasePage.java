package org.nottspartners.portal.earlyhelp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.nottspartners.portal.core.history.HistoryEntry;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.staff.StaffDirectory;
import org.nottspartners.portal.core.staff.StaffDirectoryUnavailableException;
import org.nottspartners.portal.core.staff.StaffMember;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.casework.AssessmentType;
import org.nottspartners.portal.earlyhelp.casework.CafDomain;
import org.nottspartners.portal.earlyhelp.casework.CaseLetter;
import org.nottspartners.portal.earlyhelp.casework.CaseQueries;
import org.nottspartners.portal.earlyhelp.casework.CaseWork;
import org.nottspartners.portal.earlyhelp.casework.Closure;
import org.nottspartners.portal.earlyhelp.casework.ClosureOutcome;
import org.nottspartners.portal.earlyhelp.casework.ContactKind;
import org.nottspartners.portal.earlyhelp.casework.DisputeLadder;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpSettings;
import org.nottspartners.portal.earlyhelp.casework.EngagementStep;
import org.nottspartners.portal.earlyhelp.casework.ExistingSupport;
import org.nottspartners.portal.earlyhelp.casework.FrontDoor;
import org.nottspartners.portal.earlyhelp.casework.FrontDoorDecision;
import org.nottspartners.portal.earlyhelp.casework.PlanTarget;
import org.nottspartners.portal.earlyhelp.casework.ProgrammeCriterion;
import org.nottspartners.portal.earlyhelp.casework.ProgrammeStatus;
import org.nottspartners.portal.earlyhelp.casework.Referrals;
import org.nottspartners.portal.earlyhelp.casework.RiskRating;
import org.nottspartners.portal.earlyhelp.casework.TafMeeting;
import org.nottspartners.portal.earlyhelp.letters.CaseLetters;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;
import org.nottspartners.portal.earlyhelp.threshold.Team;
import org.nottspartners.portal.earlyhelp.threshold.ThresholdLevel;

/**
 * One early help case: what was referred, its history, letters and plan, and the next steps the user's
 * role allows (decide, wait or allocate for managers; contact, assess, plan, TAF, engagement and closure
 * for the lead professional). Each step carries the version read: if someone else moved the case on,
 * nothing is overwritten and the page says so.
 *
 * <p>Why one class of about 600 lines (the Team around the Child and level forms are their own bean, CaseTeamPage): one page with one form per step of the case, each a field group and a
 * one-line action through the core's {@code PageActions}. The interventions forms are their own bean
 * ({@link CaseInterventionsPage}); moving each remaining stage's form into its own small bean the same way is what
 * is left of issue 12 for this page.
 */
@Named("casePage")
@RequestScoped
public class CasePage {

    @Inject
    CaseQueries queries;

    @Inject
    Referrals referrals;

    @Inject
    FrontDoor frontDoor;

    @Inject
    CaseWork caseWork;

    @Inject
    org.nottspartners.portal.core.directory.Directory directory;

    private final java.util.Map<String, String> serviceLabels = new java.util.HashMap<>();


    @Inject
    Closure closure;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    CaseLetters letters;

    @Inject
    PersonDirectory people;

    @Inject
    CurrentUser caller;

    @Inject
    Today today;

    @Inject
    StaffDirectory staff;

    @Inject
    TenantSettings settings;

    @Inject
    org.nottspartners.portal.earlyhelp.casework.CaseAccess access;

    private List<StaffMember> caseWorkers;

    private String id;
    private Long version;
    private EarlyHelpCase c;

    private FrontDoorDecision decision; // unselected until the manager chooses (issue 14)
    private String teamCode;
    private String decidedLevel;
    private String reasons;
    private RiskRating risk;
    private ExistingSupport existingSupport;
    private String worker;
    private String note;
    private String need;
    private String target;
    private String measure;
    private String owner;
    private String dueOn;
    private ProgrammeCriterion criterion;
    /** The directory service chosen for a new target (its id, from the "find a service" box). */
    private String serviceId;
    private String heldOn;
    private boolean familyPresent;
    private boolean tafReview;
    private String waitingReviewNote;
    private List<Deadline> deadlines;
    private String attendees;
    private String summary;
    private EngagementStep step;
    private ClosureOutcome outcome;
    private ProgrammeStatus programmeStatus;

    private boolean loaded;

    /** Once per request; on a postback the id comes from the form's hidden {@code caseId} (view parameters come later). */
    private void ensureLoaded() {
        if (!loaded) {
            if (id == null) {
                id = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                        .get("caseId");
            }
            load();
        }
    }

    public void load() {
        loaded = true;
        try {
            c = queries.find(UUID.fromString(id));
            if (version == null) {
                version = c.version();
            }
        } catch (IllegalArgumentException | NullPointerException | RecordNotFoundException e) {
            c = null;
        }
    }

    /** Runs a step of the case and comes back to the case page saying it was done, or shows why not. */
    String run(String done, Supplier<?> step) {
        ensureLoaded();
        PageActions.Outcome outcome = PageActions.run(step::get, "this case", null);
        if (outcome == PageActions.Outcome.DONE) {
            return "/early-help/case?faces-redirect=true&id=" + id + "&done=" + java.net.URLEncoder.encode(done,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        if (outcome == PageActions.Outcome.STALE) {
            version = null;
        }
        load();
        return null;
    }

    long v() {
        return version == null ? -1 : version;
    }

    public String decide() {
        return run("Decision recorded", () -> frontDoor.decide(uuid(), v(), decision, teamCode, decidedLevel, reasons));
    }

    public String placeOnWaitingList() {
        return run("Placed on the waiting list", () -> frontDoor.placeOnWaitingList(uuid(), v(), risk, existingSupport));
    }

    /** The council's case workers, by name, for the allocation list; none when the directory cannot be read. */
    public List<StaffMember> getCaseWorkers() {
        if (caseWorkers == null) {
            ensureLoaded();
            try {
                caseWorkers = c == null ? List.of() : staff.withRole(c.tenantId(), EarlyHelpRoles.CASE_WORKER);
            } catch (StaffDirectoryUnavailableException e) {
                caseWorkers = List.of();
            }
        }
        return caseWorkers;
    }

    /** What the council calls its front door, with a capital, to begin a sentence (its setting, issue 23). */
    public String getFrontDoorName() {
        String name = settings.text(EarlyHelpSettings.FRONT_DOOR_NAME, today.date());
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The lead professional by name and user name, as the directory knows them. */
    public String getLeadProfessional() {
        ensureLoaded();
        if (c == null || c.leadProfessional() == null) {
            return null;
        }
        // from any agency in a council whose practitioners hold CAFs (issue 23)
        String name = staff.nameAmong(c.tenantId(), org.nottspartners.portal.earlyhelp.casework.TeamAroundTheChild.MEMBER_ROLES,
                c.leadProfessional());
        return name.equals(c.leadProfessional()) ? name : name + " (" + c.leadProfessional() + ")";
    }

    public String allocate() {
        return run("Allocated", () -> frontDoor.allocate(uuid(), v(), worker));
    }

    public String recordContact() {
        return run("Contact recorded", () -> caseWork.recordContact(uuid(), v(), contactKind, note));
    }

    public String completeReferralAssessment() {
        return run("Assessment form recorded", () -> frontDoor.completeReferralAssessment(uuid(), v(), referralAssessment));
    }

    public String raiseDispute() {
        return run("Dispute recorded", () -> caseWork.raiseOrEscalateDispute(uuid(), disputeAbout, disputeHighRisk));
    }

    public String giveDisputeFeedback() {
        return run("Feedback recorded", () -> caseWork.recordDisputeFeedback(uuid(), disputeFeedback));
    }

    public String resolveDispute() {
        return run("Dispute resolved", () -> caseWork.resolveDispute(uuid(), disputeOutcome));
    }

    public String monitorOnly() {
        return run("Monitoring changed", () -> caseWork.monitorOnly(uuid(), v(), c == null || !c.monitoringOnly()));
    }

    /** A moment as council staff read it, in England's time. */
    public String local(OffsetDateTime t) {
        return org.nottspartners.portal.core.calendar.StaffTime.format(t);
    }

    /** The case's disputes, oldest first. */
    public List<HistoryEntry> getDisputes() {
        ensureLoaded();
        return c == null ? List.of() : queries.disputeEvents(c.id());
    }

    /** Whether a dispute is open (raised or escalated, not yet resolved). */
    public boolean isDisputeOpen() {
        return DisputeLadder.stepsTaken(getDisputes().stream().map(HistoryEntry::kind).toList()) > 0;
    }

    /** The next step of the ladder a dispute would go to. */
    public String getNextDisputeStep() {
        int taken = DisputeLadder.stepsTaken(getDisputes().stream().map(HistoryEntry::kind).toList());
        List<String> ladder = caseWork.disputeLadder();
        return taken < ladder.size() ? ladder.get(taken) : null;
    }

    /** How often the lead professional must be in contact now (002 §3c5). */
    public String getContactFrequency() {
        ensureLoaded();
        return c == null ? "" : caseWork.contactFrequencyInWords(c).orElse("");
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    private ContactKind contactKind = ContactKind.FACE_TO_FACE;
    private String referralAssessment;
    private String disputeAbout;
    private String disputeOutcome;
    private boolean disputeHighRisk;
    private String disputeFeedback;

    public ContactKind getContactKind() { return contactKind; }
    public void setContactKind(ContactKind v) { this.contactKind = v; }
    public String getReferralAssessment() { return referralAssessment; }
    public void setReferralAssessment(String v) { this.referralAssessment = v; }
    public String getDisputeAbout() { return disputeAbout; }
    public void setDisputeAbout(String v) { this.disputeAbout = v; }
    public boolean isDisputeHighRisk() { return disputeHighRisk; }
    public void setDisputeHighRisk(boolean v) { this.disputeHighRisk = v; }
    public String getDisputeFeedback() { return disputeFeedback; }
    public void setDisputeFeedback(String v) { this.disputeFeedback = v; }
    public String getDisputeOutcome() { return disputeOutcome; }
    public void setDisputeOutcome(String v) { this.disputeOutcome = v; }

    public String completeAssessment() {
        java.util.Map<CafDomain, String> domains = new java.util.EnumMap<>(CafDomain.class);
        put(domains, CafDomain.CHILD_DEVELOPMENT, domainChild);
        put(domains, CafDomain.PARENTS_AND_CARERS, domainParents);
        put(domains, CafDomain.FAMILY_AND_ENVIRONMENT, domainFamily);
        java.util.Set<ProgrammeCriterion> met = java.util.EnumSet.noneOf(ProgrammeCriterion.class);
        criteriaChosen.forEach(name -> met.add(ProgrammeCriterion.valueOf(name)));
        return run("Assessment recorded", () -> caseWork.completeAssessment(uuid(), v(), summary, domains, met));
    }

    /** The family programme criteria the worker ticked on the assessment form (002 §13b). */
    private List<String> criteriaChosen = new java.util.ArrayList<>();

    public List<String> getCriteriaChosen() { return criteriaChosen; }
    public void setCriteriaChosen(List<String> v) { this.criteriaChosen = v == null ? new java.util.ArrayList<>() : v; }

    /** The criteria a worker may tick, in the order of 002 §13a. */
    public ProgrammeCriterion[] getProgrammeCriteria() {
        return ProgrammeCriterion.values();
    }

    private static void put(java.util.Map<CafDomain, String> domains, CafDomain d, String text) {
        if (text != null) {
            domains.put(d, text);
        }
    }

    /** Whether this council's assessment is the CAF with its three domains (the City). */
    public boolean isCaf() {
        return caseWork.assessmentType() == AssessmentType.CAF;
    }

    public String getAssessmentName() {
        return caseWork.assessmentType().label();
    }

    private String domainChild;
    private String domainParents;
    private String domainFamily;

    public String getDomainChild() { return domainChild; }
    public void setDomainChild(String v) { this.domainChild = v; }
    public String getDomainParents() { return domainParents; }
    public void setDomainParents(String v) { this.domainParents = v; }
    public String getDomainFamily() { return domainFamily; }
    public void setDomainFamily(String v) { this.domainFamily = v; }

    public String addTarget() {
        return run("Target added", () -> caseWork.addTarget(uuid(), need, target, measure, owner, date(dueOn, "dueOn"), criterion,
                chosenService()));
    }

    /**
     * "Find a service" (issue 19): services in the council's directory whose name, description, organisation or kind of help
     * has the words typed, for the target's referral; the ids, labelled by {@link #serviceLabel}.
     */
    public java.util.List<String> findServices(String words) {
        if (words == null || words.isBlank()) {
            return java.util.List.of();
        }
        var found = directory.search(new org.nottspartners.portal.core.directory.DirectorySearch(words, null, null, null, null,
                null, null, null, null, null, false, 1, 12));
        found.items().forEach(s -> serviceLabels.put(s.id().toString(), s.name() + " (" + s.agesInWords().toLowerCase(java.util.Locale.UK)
                + (s.status() == org.nottspartners.portal.core.directory.ServiceStatus.ACTIVE ? "" : ", " + s.status().label().toLowerCase(java.util.Locale.UK)) + ")"));
        return found.items().stream().map(s -> s.id().toString()).toList();
    }

    /** A service's name, ages and status, for the "find a service" box. */
    public String serviceLabel(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        return serviceLabels.computeIfAbsent(id, k -> {
            try {
                return directory.entry(UUID.fromString(k)).map(e -> e.service().name()).orElse("");
            } catch (IllegalArgumentException e) {
                return "";
            }
        });
    }

    private UUID chosenService() {
        return serviceOf(serviceId, "serviceId");
    }

    /** The service a "find a service" box chose, or null when it was left empty. */
    static UUID serviceOf(String chosen, String field) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(chosen.strip());
        } catch (IllegalArgumentException e) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException(field, "Choose a service from the list, or leave it empty");
        }
    }

    public String agreePlan() {
        return run("Plan agreed", () -> caseWork.agreePlan(uuid(), v()));
    }

    public String recordTaf() {
        return run(tafReview ? "Review meeting recorded" : "TAF meeting recorded",
                () -> caseWork.recordTaf(uuid(), date(heldOn, "heldOn"), familyPresent, attendees, summary, tafReview));
    }

    /** A group manager's review of the wait (002 §3a3). */
    public String reviewWait() {
        return run("Review of the wait recorded", () -> frontDoor.reviewWaitingCase(uuid(), waitingReviewNote));
    }

    /** A deadline the case is working to: a running quality-standard clock. */
    public record Deadline(String standard, String due, boolean overdue) {
    }

    /** The case's running clocks, soonest first, each with its due time and whether it has passed. */
    public List<Deadline> getDeadlines() {
        if (deadlines == null) {
            OffsetDateTime now = today.now();
            deadlines = queries.runningClocks(uuid()).stream().map(r -> new Deadline(r.standardName(), local(r.dueAt()),
                    r.dueAt().isBefore(now) && !r.isRelaxedAt(now))).toList();
        }
        return deadlines;
    }

    public String recordEngagement() {
        return run("Attempt recorded", () -> closure.recordEngagementAttempt(uuid(), step, today.now(), note));
    }

    public String close() {
        return run("Case closed", () -> closure.close(uuid(), v(), outcome, reasons, programmeStatus));
    }

    /** Sends a letter as it was sent, as PDF (reading it is audited by the core). */
    public void downloadLetter(String letterId) throws java.io.IOException {
        CaseLetter full = letters.find(uuid(), UUID.fromString(letterId));
        PageActions.download(full.pdf(), "application/pdf", full.fileName());
    }

    private static LocalDate date(String text, String field) {
        var reading = org.nottspartners.portal.core.time.DateText.read(text, "the date", "2026-11-24");
        reading.problem().ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
        return reading.date().orElse(null);
    }

    UUID uuid() {
        return UUID.fromString(id);
    }

    public boolean isManager() {
        return roles().contains(EarlyHelpRoles.TEAM_MANAGER) || roles().contains(EarlyHelpRoles.GROUP_MANAGER);
    }

    public boolean isGroupManager() {
        return roles().contains(EarlyHelpRoles.GROUP_MANAGER);
    }

    /**
     * Whether the user works the case: a case worker or team manager of the council, or, from any agency, the case's
     * own lead professional (the City's practitioner-held CAF, issue 23).
     */
    public boolean isCaseWorker() {
        return roles().contains(EarlyHelpRoles.CASE_WORKER) || roles().contains(EarlyHelpRoles.TEAM_MANAGER) || isLead();
    }

    /** Whether the user is one of the council's early help staff (whose roles open every case). */
    public boolean isCouncilStaff() {
        return access.councilStaff();
    }

    /** Whether the user holds this case as its lead professional. */
    public boolean isLead() {
        ensureLoaded();
        return c != null && access.isLead(c);
    }

    /**
     * Whether the user sits on the case's Team around the Child without being council staff or its lead professional:
     * they record contact and meetings; the lead professional changes the case.
     */
    public boolean isTeamMember() {
        return !isCaseWorker() && !isManager() && c != null;
    }

    private java.util.Set<PortalRole> roles() {
        return caller.roles().rolesIn(TenantScope.current().orElse(""));
    }

    public String getChildName() {
        return c == null ? "" : people.find(c.indexChildId()).map(p -> p.givenName() + " " + p.familyName()).orElse("");
    }

    public List<HistoryEntry> getHistory() {
        return c == null ? List.of() : queries.history(c.id());
    }

    public List<CaseLetter> getLetters() {
        return c == null ? List.of() : letters.of(c.id());
    }

    public List<PlanTarget> getTargets() {
        return c == null ? List.of() : queries.targets(c.id());
    }

    public List<TafMeeting> getTafMeetings() {
        return c == null ? List.of() : queries.tafMeetings(c.id());
    }

    public List<String> getNonEngagementGaps() {
        return c == null ? List.of() : closure.nonEngagementGaps(c.id());
    }

    public List<Team> getTeams() {
        return setup.teams();
    }

    /** The teams grouped by kind, for the front door's select. */
    public List<jakarta.faces.model.SelectItem> getTeamGroups() {
        return TeamChoices.byKind(setup.teams());
    }

    public List<ThresholdLevel> getLevels() {
        return setup.levelsOn(today.date());
    }

    public String getSuggestedTeamKind() {
        return c == null ? "" : referrals.suggestedRoute(c, false).label();
    }

    public FrontDoorDecision[] getDecisions() {
        return FrontDoorDecision.values();
    }

    /** A level of the council's framework by its name, not its code (issue 14). */
    public String levelName(String code) {
        return setup.levelName(code, today.date());
    }

    /** A team by its name, not its code (issue 14). */
    public String teamName(String code) {
        return setup.teamName(code);
    }

    /** A letter's kind as its name ("Referral outcome"), not its code (issue 14). */
    public String letterName(String kind) {
        try {
            return org.nottspartners.portal.earlyhelp.casework.LetterKind.valueOf(kind).label();
        } catch (IllegalArgumentException unknown) {
            return kind;
        }
    }

    public RiskRating[] getRisks() {
        return RiskRating.values();
    }

    public ExistingSupport[] getSupports() {
        return ExistingSupport.values();
    }

    public ProgrammeCriterion[] getCriteria() {
        return ProgrammeCriterion.values();
    }

    public EngagementStep[] getSteps() {
        return EngagementStep.values();
    }

    /** The outcomes this council's closures record (its setting; issue 23). */
    public List<ClosureOutcome> getOutcomes() {
        return List.copyOf(closure.closureOutcomes());
    }

    /** Whether this council's closures ask for the family programme status (its setting; issue 23). */
    public boolean isProgrammeStatusAsked() {
        return closure.programmeStatusAsked();
    }

    public ProgrammeStatus[] getProgrammeStatuses() {
        return ProgrammeStatus.values();
    }

    public EarlyHelpCase getCase() {
        ensureLoaded();
        return c;
    }

    // form properties

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public FrontDoorDecision getDecision() { return decision; }
    public void setDecision(FrontDoorDecision decision) { this.decision = decision; }
    public String getTeamCode() { return teamCode; }
    public void setTeamCode(String teamCode) { this.teamCode = teamCode; }
    public String getDecidedLevel() { return decidedLevel; }
    public void setDecidedLevel(String decidedLevel) { this.decidedLevel = decidedLevel; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public RiskRating getRisk() { return risk; }
    public void setRisk(RiskRating risk) { this.risk = risk; }
    public ExistingSupport getExistingSupport() { return existingSupport; }
    public void setExistingSupport(ExistingSupport existingSupport) { this.existingSupport = existingSupport; }
    public String getWorker() { return worker; }
    public void setWorker(String worker) { this.worker = worker; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String dueOn) { this.dueOn = dueOn; }
    public String getServiceId() { return serviceId; }
    public void setServiceId(String serviceId) { this.serviceId = serviceId; }
    public ProgrammeCriterion getCriterion() { return criterion; }
    public void setCriterion(ProgrammeCriterion criterion) { this.criterion = criterion; }
    public String getHeldOn() { return heldOn; }
    public void setHeldOn(String heldOn) { this.heldOn = heldOn; }
    public boolean isTafReview() { return tafReview; }
    public void setTafReview(boolean tafReview) { this.tafReview = tafReview; }
    public String getWaitingReviewNote() { return waitingReviewNote; }
    public void setWaitingReviewNote(String waitingReviewNote) { this.waitingReviewNote = waitingReviewNote; }
    public boolean isFamilyPresent() { return familyPresent; }
    public void setFamilyPresent(boolean familyPresent) { this.familyPresent = familyPresent; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String attendees) { this.attendees = attendees; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public EngagementStep getStep() { return step; }
    public void setStep(EngagementStep step) { this.step = step; }
    public ClosureOutcome getOutcome() { return outcome; }
    public void setOutcome(ClosureOutcome outcome) { this.outcome = outcome; }
    public ProgrammeStatus getProgrammeStatus() { return programmeStatus; }
    public void setProgrammeStatus(ProgrammeStatus programmeStatus) { this.programmeStatus = programmeStatus; }
}
