package org.nottspartners.portal.troubledfamilies.families;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.event.FamilyCaseClosed;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.FieldChecks;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.ClaimView;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.CriteriaSetForm;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.CriteriaSetView;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.FamilyView;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.MemberForm;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.OutcomeForm;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.OutcomeView;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.ScreeningForm;
import org.nottspartners.portal.troubledfamilies.rules.ClaimRules;
import org.nottspartners.portal.troubledfamilies.rules.CriteriaSet;
import org.nottspartners.portal.troubledfamilies.rules.Screening;
import org.nottspartners.portal.troubledfamilies.rules.SupportingFamiliesSettings;

/**
 * Families screened at assessment against the council's criteria set in force (002 §13b), the closure of their case
 * (early help's closure event through core), each need's outcome and how long it has held, the team manager's closure
 * checklist (002 §13d), and whether a claim can be made, in words (RULES.md §7).
 * <p>
 * Why one class of about 500 lines: every part reads or writes the same record (a family's screening) and builds the
 * same view of it with its claim decision. Its seam is known: the four observers of other modules' events (assessment,
 * closure, absence, social-care referral) with the flags and team involvements they read could move to a class of their
 * own, and the audit sample and payment to another; that split is for the next change to this module, with its tests run.
 */
@ApplicationScoped
@Transactional
public class Families {

    /** The module's id (its descriptor's), for the module switch. */
    static final String MODULE_ID = "troubled-families";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Today today;

    @Inject
    CurrentUser caller;

    @Inject
    PersonRecordAccess access;

    @Inject
    PersonDirectory people;

    @Inject
    TenantSettings settings;

    @Inject
    jakarta.enterprise.inject.Instance<org.nottspartners.portal.core.module.AttendanceEvidence> attendance;

    /** Every version of the criteria set, newest first. */
    public List<CriteriaSetView> sets() {
        return em.createQuery("select c from CriteriaSetVersion c order by c.number desc", CriteriaSetVersion.class).getResultList()
                .stream().map(c -> new CriteriaSetView(c.number(), c.effectiveFrom(), TfJson.criteriaSet(c.criteriaSet()))).toList();
    }

    /** The version in force on a day. */
    public CriteriaSetVersion setOn(LocalDate day) {
        return em.createQuery("select c from CriteriaSetVersion c where c.effectiveFrom <= :d order by c.effectiveFrom desc, c.number desc",
                CriteriaSetVersion.class).setParameter("d", day).setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> new ActionRefusedException("No criteria set", "The council has no criteria set in force on " + day
                        + ": an administrator adds one first."));
    }

    /** An administrator adds a version from a date. */
    public CriteriaSetView addSet(CriteriaSetForm form) {
        FieldChecks f = new FieldChecks();
        f.require(form.effectiveFrom != null, "effectiveFrom", "Enter the date the version is in force from");
        CriteriaSet set = form.criteriaSet;
        f.require(set != null, "criteriaSet", "Send the criteria set");
        if (set != null) {
            f.text(set.code(), "criteriaSet.code", 60, "Give the set a code");
            f.text(set.name(), "criteriaSet.name", 200, "Give the set a name");
            f.require(set.threshold() >= 1 && set.threshold() <= set.criteria().size(), "criteriaSet.threshold",
                    "The threshold is from 1 to the number of criteria");
            Set<String> codes = new LinkedHashSet<>();
            for (int i = 0; i < set.criteria().size(); i++) {
                CriteriaSet.Criterion c = set.criteria().get(i);
                f.require(c != null && c.code() != null && c.code().matches("[a-z][a-z0-9-]{0,59}") && codes.add(c.code()),
                        "criteriaSet.criteria[" + i + "].code", "Criterion " + (i + 1) + " needs its own code of small letters, digits and hyphens");
                f.require(c != null && c.name() != null && !c.name().isBlank(), "criteriaSet.criteria[" + i + "].name",
                        "Name criterion " + (i + 1));
            }
        }
        f.check();
        int next = em.createQuery("select coalesce(max(c.number), 0) from CriteriaSetVersion c", Integer.class).getSingleResult() + 1;
        CriteriaSetVersion v = new CriteriaSetVersion(next, form.effectiveFrom, TfJson.write(set));
        em.persist(v);
        em.flush();
        AuditTrail.record(AuditAction.CONFIGURE, "tf-criteria-set", v.id().toString(), "criteria set version " + next);
        return new CriteriaSetView(v.number(), v.effectiveFrom(), set);
    }

    /** Screens a case (again, if it was screened before: the newest screening stands). */
    public FamilyView screen(ScreeningForm form) {
        FieldChecks f = new FieldChecks();
        f.text(form.caseId, "caseId", 100, "Name the case screened");
        f.require(form.indexChildId != null, "indexChildId", "Name the child the case is about");
        f.require(form.members != null && !form.members.isEmpty(), "members", "Include every family member (002 §13b)");
        f.optional(form.leadPractitioner, "leadPractitioner", 200);
        f.check();
        LocalDate day = today.date();
        CriteriaSetVersion version = setOn(day);
        CriteriaSet set = TfJson.criteriaSet(version.criteriaSet());
        Person child = open(form.indexChildId, "indexChildId");
        List<Screening.Member> members = new ArrayList<>();
        for (int i = 0; i < form.members.size(); i++) {
            MemberForm m = form.members.get(i);
            if (m == null || m.personId == null) {
                throw new InvalidInputException("members[" + i + "].personId", "Name family member " + (i + 1));
            }
            Person p = open(m.personId, "members[" + i + "].personId");
            members.add(new Screening.Member(p.id(), p.givenName() + " " + p.familyName(),
                    m.criteria == null ? Set.of() : m.criteria.stream().filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()),
                    Boolean.TRUE.equals(m.noIssues), flagsOf(p.id(), day)));
        }
        Set<String> involvements = new java.util.HashSet<>(teamInvolvements(form.caseId.strip()));
        if (form.involvements != null) {
            form.involvements.stream().filter(java.util.Objects::nonNull).forEach(involvements::add);
        }
        Screening.Result result = Screening.screen(set, members, involvements);
        FamilyScreening family = em.createQuery("select s from FamilyScreening s where s.caseId = :c", FamilyScreening.class)
                .setParameter("c", form.caseId.strip()).getResultList().stream().findFirst().orElse(null);
        if (family == null) {
            family = new FamilyScreening(form.caseId.strip(), child.id());
            em.persist(family);
        } else if (!family.indexChildId().equals(child.id())) {
            throw new InvalidInputException("indexChildId", "Case " + family.caseId() + " was screened for another child: screen it"
                    + " for the same child, or check the case");
        }
        family.screened(version.number(), set.name(), set.threshold(), TfJson.write(result.criteriaMet()),
                result.membersWithNoIssues().isEmpty() ? null : String.join(", ", result.membersWithNoIssues()), result.flagged(),
                today.now(), name(), blank(form.leadPractitioner), Boolean.TRUE.equals(form.wholeFamilyAssessment),
                Boolean.TRUE.equals(form.familyPlan));
        em.flush();
        return view(family);
    }

    /** What other modules flagged the person for this school year (from 1 September). */
    private Set<String> flagsOf(UUID personId, LocalDate day) {
        LocalDate yearStart = LocalDate.of(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1, 9, 1);
        return Set.copyOf(em.createQuery("select f.flag from PersonFlag f where f.personId = :p and f.schoolYear >= :y", String.class)
                .setParameter("p", personId).setParameter("y", yearStart).getResultList());
    }

    @Inject
    org.nottspartners.portal.core.tenancy.TenantDirectory councils;

    @Inject
    org.nottspartners.portal.core.access.RecordGrants grants;

    @Inject
    org.nottspartners.portal.core.module.ModuleRegistry modules;

    /** Early help's case, as core's record grants name it. */
    static final String EARLY_HELP_CASE = "early-help-case";

    /**
     * The agencies in the case's Team around the Child now, by their role's token name ({@code youth-justice}): what the
     * portal already knows of the services the case is open to (002 §13e-g).
     */
    private Set<String> teamInvolvements(String caseId) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException notOurs) {
            return Set.of();
        }
        Set<String> agencies = grants.of(EARLY_HELP_CASE, id).stream().filter(org.nottspartners.portal.core.access.RecordGrant::active)
                .map(org.nottspartners.portal.core.access.RecordGrant::agency).collect(java.util.stream.Collectors.toSet());
        return modules.roles().all().stream().filter(r -> agencies.contains(r.label()))
                .map(org.nottspartners.portal.core.identity.PortalRole::tokenName).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether an event of this council is for this module: the module is on there, and the request is in that council. */
    private boolean listening(String tenantId) {
        return tenantId != null && tenantId.equals(org.nottspartners.portal.core.scope.TenantScope.current().orElse(null))
                && councils.isEnabled(tenantId, MODULE_ID);
    }

    /**
     * Early help completed an assessment: the family is screened at once from the criteria it found and the child's
     * flags (002 §13b), unless a practitioner has screened the case already (theirs, with every member, stands).
     */
    public void assessed(@Observes org.nottspartners.portal.core.event.FamilyAssessed event) {
        if (!listening(event.tenantId())
                || !em.createQuery("select s.id from FamilyScreening s where s.caseId = :c", UUID.class).setParameter("c", event.caseId())
                        .getResultList().isEmpty()) {
            return;
        }
        LocalDate day = event.at().atZoneSameInstant(Today.ENGLAND).toLocalDate();
        CriteriaSetVersion version;
        try {
            version = setOn(day);
        } catch (ActionRefusedException noSet) {
            return; // a council with no criteria set screens nobody
        }
        CriteriaSet set = TfJson.criteriaSet(version.criteriaSet());
        Person child = people.find(event.indexChildId()).orElse(null);
        if (child == null) {
            return;
        }
        Screening.Result result = Screening.fromAssessment(set, new Screening.Member(child.id(), child.givenName() + " "
                + child.familyName(), Set.of(), true, flagsOf(child.id(), day)), event.criteria().keySet(), teamInvolvements(event.caseId()));
        FamilyScreening family = new FamilyScreening(event.caseId(), child.id());
        family.screened(version.number(), set.name(), set.threshold(), TfJson.write(result.criteriaMet()), null, result.flagged(),
                event.at(), "early help's assessment (" + event.assessedBy() + ")", null, true, false);
        em.persist(family);
        em.flush();
    }

    /**
     * A module referred a child to children's social care (early help's step-up, housing's section 20 referral to MASH):
     * the child is known to social care this year, which meets "children who need help" (002 §13g).
     */
    public void referredToSocialCare(@Observes org.nottspartners.portal.core.event.SocialCareReferral event) {
        if (event.indexChildId() == null || !listening(event.tenantId())) {
            return;
        }
        LocalDate day = event.at().atZoneSameInstant(Today.ENGLAND).toLocalDate();
        LocalDate yearStart = LocalDate.of(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1, 9, 1);
        absenceFlagged(new org.nottspartners.portal.core.event.PupilAbsenceFlagged(event.tenantId(), event.indexChildId(),
                "childrens-social-care", yearStart, day));
    }

    /** Attendance's scan found a pupil persistently or severely absent: kept for screening (RULES.md §7, 002 §13b). */
    public void absenceFlagged(@Observes org.nottspartners.portal.core.event.PupilAbsenceFlagged event) {
        if (!listening(event.tenantId())) {
            return;
        }
        PersonFlag flag = em.createQuery("select f from PersonFlag f where f.personId = :p and f.flag = :k and f.schoolYear = :y",
                PersonFlag.class).setParameter("p", event.personId()).setParameter("k", event.kind())
                .setParameter("y", event.schoolYear()).getResultList().stream().findFirst().orElse(null);
        if (flag == null) {
            em.persist(new PersonFlag(event.personId(), event.kind(), event.schoolYear(), event.on()));
        } else {
            flag.seen(event.on());
        }
        em.flush();
    }

    private Person open(UUID id, String field) {
        return access.open(id).orElseThrow(() -> new InvalidInputException(field, "There is no person " + id + " you may open in this council"));
    }

    /** Early help closed the case: the claim's clock starts from the day it closed. */
    public void closed(@Observes FamilyCaseClosed event) {
        em.createQuery("select s from FamilyScreening s where s.caseId = :c", FamilyScreening.class).setParameter("c", event.caseId())
                .getResultList().forEach(s -> s.closed(event.closedAt().atZoneSameInstant(Today.ENGLAND).toLocalDate(), event.outcome()));
        em.flush();
    }

    /** A need's outcome recorded (or its evidence brought up to date). */
    public FamilyView outcome(UUID id, String criterion, OutcomeForm form) {
        FamilyScreening family = find(id);
        Map<String, String> met = TfJson.words(family.criteriaMet());
        FieldChecks f = new FieldChecks();
        f.require(met.containsKey(criterion), "criterion", "The family did not meet '" + criterion + "' at screening");
        f.require(form.achievedOn != null, "achievedOn", "Enter the day the outcome was achieved");
        f.require(form.achievedOn == null || !form.achievedOn.isAfter(today.date()), "achievedOn", "The day cannot be in the future");
        f.require(form.sustainedTo == null || form.achievedOn == null || !form.sustainedTo.isBefore(form.achievedOn), "sustainedTo",
                "The outcome is evidenced to a day on or after it was achieved");
        f.require(form.sustainedTo == null || !form.sustainedTo.isAfter(today.date()), "sustainedTo", "The day cannot be in the future");
        boolean certificate = Boolean.TRUE.equals(form.attendanceCertificate);
        if (!certificate) {
            f.text(form.evidence, "evidence", 2000, "Say what evidences it (an attendance certificate, say)");
        }
        f.check();
        if (certificate) {
            LocalDate to = form.sustainedTo != null ? form.sustainedTo : today.date();
            form.evidence = (attendance.isResolvable() ? attendance.get().certificate(family.indexChildId(), form.achievedOn, to)
                    : java.util.Optional.<org.nottspartners.portal.core.module.AttendanceEvidence.Certificate>empty())
                    .map(org.nottspartners.portal.core.module.AttendanceEvidence.Certificate::inWords)
                    .orElseThrow(() -> new InvalidInputException("attendanceCertificate", "The portal holds no school register of the"
                            + " child from " + form.achievedOn + " to " + to + ": give the evidence in words instead"));
        }
        NeedOutcome o = em.createQuery("select o from NeedOutcome o where o.familyId = :f and o.criterion = :c", NeedOutcome.class)
                .setParameter("f", id).setParameter("c", criterion).getResultList().stream().findFirst().orElse(null);
        if (o == null) {
            o = new NeedOutcome(id, criterion);
            o.record(form.achievedOn, form.sustainedTo, form.evidence.strip());
            em.persist(o);
        } else {
            o.record(form.achievedOn, form.sustainedTo, form.evidence.strip());
        }
        em.flush();
        return view(family);
    }

    /** The team manager's closure checklist (002 §13d), on the version read. */
    public FamilyView checklist(UUID id, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the family you read");
        }
        FamilyScreening family = find(id);
        if (family.version() != version) {
            throw new StaleRecordException("family", id.toString(), version, family.version());
        }
        if (family.closedOn() == null) {
            throw new ActionRefusedException("The checklist is completed at closure: this family's case is still open.");
        }
        family.checklist(name(), today.now());
        em.flush();
        return view(family);
    }

    /**
     * Draws the SAU's audit sample from the families whose case closed with the team manager's checklist completed,
     * and records it with its seed (002 §13d).
     */
    public FamilyViews.SampleView drawSample(FamilyViews.SampleForm form) {
        new FieldChecks().require(form.size != null && form.size >= 1 && form.size <= 500, "size",
                "Enter how many families to sample, from 1 to 500").check();
        List<String> population = em.createQuery("select s.id from FamilyScreening s where s.checklistAt is not null", UUID.class)
                .getResultList().stream().map(UUID::toString).toList();
        if (population.isEmpty()) {
            throw new ActionRefusedException("There is nothing to sample: no family's case has closed with the checklist completed.");
        }
        long seed = form.seed != null ? form.seed : new java.security.SecureRandom().nextLong();
        List<String> drawn = org.nottspartners.portal.troubledfamilies.rules.AuditSample.draw(population, form.size, seed);
        AuditSampleRecord r = new AuditSampleRecord(seed, population.size(), TfJson.write(drawn));
        em.persist(r);
        em.flush();
        return sampleView(r);
    }

    /** The samples drawn, newest first. */
    public List<FamilyViews.SampleView> samples() {
        return em.createQuery("select a from AuditSampleRecord a order by a.createdAt desc", AuditSampleRecord.class).getResultList()
                .stream().map(this::sampleView).toList();
    }

    private FamilyViews.SampleView sampleView(AuditSampleRecord r) {
        List<FamilyView> drawn = TfJson.ids(r.familyIds()).stream().map(id -> em.find(FamilyScreening.class, UUID.fromString(id)))
                .filter(java.util.Objects::nonNull).map(this::view).toList();
        return new FamilyViews.SampleView(r.id(), r.seed(), r.population(), r.createdAt(), r.createdBy(), drawn);
    }

    /** The national spot-check team's finding on a family's claim, on the version read. */
    public FamilyView spotCheck(UUID id, FamilyViews.SpotCheckForm form) {
        FieldChecks f = new FieldChecks();
        f.require(form.version != null, "version", "Send the version of the family you read");
        f.require("UPHELD".equals(form.result) || "NOT_UPHELD".equals(form.result), "result", "The finding is UPHELD or NOT_UPHELD");
        f.optional(form.notes, "notes", 2000);
        f.require(!"NOT_UPHELD".equals(form.result) || form.notes != null && !form.notes.isBlank(), "notes",
                "Say why the claim was not upheld");
        f.check();
        FamilyScreening family = find(id);
        if (family.version() != form.version) {
            throw new StaleRecordException("family", id.toString(), form.version, family.version());
        }
        family.spotChecked(form.result, blank(form.notes), name(), today.now());
        em.flush();
        return view(family);
    }

    /** The SAU records a claim's payment: only for a claim made (the checklist completed) and not paid before. */
    public FamilyView payment(UUID id, FamilyViews.PaymentForm form) {
        FieldChecks f = new FieldChecks();
        f.require(form.version != null, "version", "Send the version of the family you read");
        f.require(form.paidOn != null && !form.paidOn.isAfter(today.date()), "paidOn", "Enter the day it was paid, not in the future");
        f.require(form.pounds != null && form.pounds > 0 && form.pounds <= 100_000, "pounds", "Enter the amount paid in whole pounds");
        f.check();
        FamilyScreening family = find(id);
        if (family.version() != form.version) {
            throw new StaleRecordException("family", id.toString(), form.version, family.version());
        }
        if (family.checklistAt() == null) {
            throw new ActionRefusedException("No claim was made for this family: the closure checklist goes to the SAU first.");
        }
        if (family.paidOn() != null) {
            throw new ActionRefusedException("This claim was recorded as paid on " + family.paidOn() + ".");
        }
        family.paid(form.paidOn, form.pounds, name());
        em.flush();
        return view(family);
    }

    public FamilyView get(UUID id) {
        return view(find(id));
    }

    /** Every family screened, flagged ones first, newest first (the claim batch; lists take {@link #page}). */
    public List<FamilyView> all() {
        return views(em.createQuery(LIST, FamilyScreening.class).getResultList());
    }

    private static final String LIST = "select s from FamilyScreening s order by s.flagged desc, s.screenedAt desc, s.id";

    /** A page of the families screened, in the list's order: the staff page and the API, never the whole council at once. */
    public List<FamilyView> page(int first, int max) {
        return views(em.createQuery(LIST, FamilyScreening.class).setFirstResult(first).setMaxResults(max).getResultList());
    }

    /** How many families the council has screened. */
    public int count() {
        return em.createQuery("select count(s) from FamilyScreening s", Long.class).getSingleResult().intValue();
    }

    /** The columns of a claim batch, the same in the spreadsheet and the CSV file. */
    private static final List<Spreadsheets.Column<FamilyView>> CLAIM_COLUMNS = List.of(
            new Spreadsheets.Column<FamilyView>("Case", FamilyView::caseId),
            new Spreadsheets.Column<FamilyView>("Child", FamilyView::child),
            new Spreadsheets.Column<FamilyView>("Criteria set", FamilyView::criteriaSet),
            new Spreadsheets.Column<FamilyView>("Needs", v -> String.join("; ", v.criteriaMet().keySet())),
            new Spreadsheets.Column<FamilyView>("Closed", FamilyView::closedOn),
            new Spreadsheets.Column<FamilyView>("Claimable until", v -> v.claim().claimableUntil()),
            new Spreadsheets.Column<FamilyView>("Lead practitioner", FamilyView::leadPractitioner));

    /** The families whose claim can be made today: the batch for submission, its export audited. */
    private List<FamilyView> claimBatch(String format) {
        List<FamilyView> claimable = all().stream().filter(v -> v.claim().status().equals(ClaimRules.Status.CLAIMABLE.name())).toList();
        AuditTrail.record(AuditAction.EXPORT, "tf-claims", today.date().toString(), claimable.size() + " claimable families, " + format);
        return claimable;
    }

    /** The claim batch as a spreadsheet (core's export kit). */
    public byte[] claimsXlsx() {
        return Spreadsheets.xlsx("Claims", CLAIM_COLUMNS, claimBatch("spreadsheet"));
    }

    /** The claim batch as CSV for submission (core's export kit). */
    public String claimsCsv() {
        return org.nottspartners.portal.core.export.CsvCells.document(CLAIM_COLUMNS.stream().map(Spreadsheets.Column::heading).toList(),
                claimBatch("CSV").stream().<List<?>>map(v -> CLAIM_COLUMNS.stream().map(c -> c.value().apply(v)).toList()));
    }

    private FamilyScreening find(UUID id) {
        FamilyScreening f = id == null ? null : em.find(FamilyScreening.class, id);
        if (f == null) {
            throw new RecordNotFoundException("No family " + id);
        }
        return f;
    }

    FamilyView view(FamilyScreening s) {
        return views(List.of(s)).get(0);
    }

    private static final int VIEWS_AT_ONCE = 1_000;

    /**
     * The families' views, with what they share read once for the list (each version of the criteria sets, the council's
     * settings for today, the children) and each family's outcomes in one query for all: a list costs a handful of
     * queries, not several a family (a flight recording under load found the list reading each family's separately).
     */
    private List<FamilyView> views(List<FamilyScreening> screenings) {
        if (screenings.size() > VIEWS_AT_ONCE) {
            // the claim batch is every family: its ids go to the database a thousand at a time, within a statement's limit
            List<FamilyView> all = new java.util.ArrayList<>(screenings.size());
            for (int from = 0; from < screenings.size(); from += VIEWS_AT_ONCE) {
                all.addAll(views(screenings.subList(from, Math.min(from + VIEWS_AT_ONCE, screenings.size()))));
            }
            return all;
        }
        if (screenings.isEmpty()) {
            return List.of();
        }
        java.util.Set<Integer> numbers = screenings.stream().map(FamilyScreening::setNumber).collect(java.util.stream.Collectors.toSet());
        Map<Integer, CriteriaSet> sets = new java.util.HashMap<>();
        em.createQuery("select c from CriteriaSetVersion c where c.number in :n", CriteriaSetVersion.class).setParameter("n", numbers)
                .getResultList().forEach(c -> sets.putIfAbsent(c.number(), TfJson.criteriaSet(c.criteriaSet())));
        List<UUID> ids = screenings.stream().map(FamilyScreening::id).toList();
        Map<UUID, List<NeedOutcome>> outcomes = em.createQuery(
                "select o from NeedOutcome o where o.familyId in :f order by o.criterion", NeedOutcome.class)
                .setParameter("f", ids).getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(NeedOutcome::familyId));
        Map<UUID, Person> children = people.findAll(screenings.stream().map(FamilyScreening::indexChildId)
                .filter(java.util.Objects::nonNull).toList());
        LocalDate day = today.date();
        int sustainMonths = settings.number(SupportingFamiliesSettings.SUSTAIN_MONTHS, day);
        int windowMonths = settings.number(SupportingFamiliesSettings.WINDOW_MONTHS, day);
        LocalDate lastResultDay = lastResultDay(day);
        return screenings.stream().map(s -> view(s, sets.get(s.setNumber()), outcomes.getOrDefault(s.id(), List.of()),
                children.get(s.indexChildId()), new ClaimRules.Terms(s.threshold(), sustainMonths, windowMonths, lastResultDay), day))
                .toList();
    }

    private FamilyView view(FamilyScreening s, CriteriaSet set, List<NeedOutcome> outcomes, Person childRecord, ClaimRules.Terms terms,
            LocalDate day) {
        Map<String, String> met = TfJson.words(s.criteriaMet());
        List<OutcomeView> outcomeViews = outcomes.stream().map(o -> new OutcomeView(o.criterion(), criterionName(set, o.criterion()),
                o.achievedOn(), o.sustainedTo(), o.evidence())).toList();
        List<ClaimRules.Need> needs = met.keySet().stream().map(code -> outcomes.stream().filter(o -> o.criterion().equals(code)).findFirst()
                .map(o -> new ClaimRules.Need(code, criterionName(set, code), o.achievedOn(), o.sustainedTo()))
                .orElse(new ClaimRules.Need(code, criterionName(set, code), null, null))).toList();
        ClaimRules.Decision d = ClaimRules.decide(new ClaimRules.Facts(s.closedOn(), s.leadPractitioner() != null,
                s.wholeFamilyAssessment(), s.familyPlan(), s.checklistAt() != null, needs), terms, day);
        String child = childRecord == null ? null : childRecord.givenName() + " " + childRecord.familyName();
        return new FamilyView(s.id(), s.version(), s.caseId(), s.indexChildId(), child, s.setName() + " (version " + s.setNumber() + ")",
                met, s.noIssues(), s.flagged(), s.screenedAt(), s.screenedBy(), s.leadPractitioner(), s.wholeFamilyAssessment(),
                s.familyPlan(), s.closedOn(), s.closureOutcome(), s.checklistBy(), s.spotCheckResult(), s.spotCheckNotes(), s.paidOn(), s.paidPounds(), outcomeViews,
                new ClaimView(d.status().name(), d.status().inWords(), d.claimableFrom(), d.claimableUntil(), d.reasons()));
    }

    /** The council's last result day; a value that is not a date counts as the national one (31 March 2025). */
    private LocalDate lastResultDay(LocalDate day) {
        String value = settings.text(SupportingFamiliesSettings.LAST_RESULT_DAY, day);
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            return LocalDate.parse(SupportingFamiliesSettings.LAST_RESULT_DAY.fallback());
        }
    }

    private static String criterionName(CriteriaSet set, String code) {
        return set == null ? code : set.criterion(code).map(CriteriaSet.Criterion::name).orElse(code);
    }

    private String name() {
        return caller.displayName() != null ? caller.displayName() : caller.userName();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
