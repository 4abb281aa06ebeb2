package org.nottspartners.portal.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.nottspartners.portal.attendance.AttendanceViews.ParentingOrderBreachForm;
import org.nottspartners.portal.attendance.AttendanceViews.EnforcementCaseForm;
import org.nottspartners.portal.attendance.AttendanceViews.EnforcementCaseView;
import org.nottspartners.portal.attendance.AttendanceViews.EnforcementContactForm;
import org.nottspartners.portal.attendance.AttendanceViews.EnforcementEntryView;
import org.nottspartners.portal.attendance.AttendanceViews.AttendanceLetterView;
import org.nottspartners.portal.attendance.AttendanceViews.PenaltyNoticeRequest;
import org.nottspartners.portal.attendance.AttendanceViews.PenaltyNoticeStep;
import org.nottspartners.portal.attendance.AttendanceViews.PenaltyNoticeView;
import org.nottspartners.portal.attendance.AttendanceViews.ProsecutionForm;
import org.nottspartners.portal.attendance.AttendanceViews.NotEnforcingForm;
import org.nottspartners.portal.attendance.AttendanceViews.EnforcementStageForm;
import org.nottspartners.portal.attendance.AttendanceViews.LetterWordingForm;
import org.nottspartners.portal.attendance.enforcement.CourtBundle;
import org.nottspartners.portal.attendance.enforcement.EnforcementCase;
import org.nottspartners.portal.attendance.enforcement.EnforcementCases;
import org.nottspartners.portal.attendance.letters.AttendanceLetter;
import org.nottspartners.portal.attendance.letters.AttendanceLetterKind;
import org.nottspartners.portal.attendance.letters.AttendanceLetters;
import org.nottspartners.portal.attendance.notices.PenaltyNotice;
import org.nottspartners.portal.attendance.notices.PenaltyNotices;
import org.nottspartners.portal.attendance.referral.CaseManagementReferrals;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.reporting.AttendanceBands;
import org.nottspartners.portal.attendance.register.RegisterImport;
import org.nottspartners.portal.attendance.register.UnmatchedPupils;
import org.nottspartners.portal.attendance.roles.AttendanceRoles;
import org.nottspartners.portal.attendance.scan.AttendanceFlags;
import org.nottspartners.portal.attendance.scan.AttendanceScan;
import org.nottspartners.portal.attendance.scan.FlagKind;
import org.nottspartners.portal.attendance.rules.EnforcementPathway;
import org.nottspartners.portal.attendance.rules.PenaltyNoticeRule;
import org.nottspartners.portal.attendance.waves.AttendanceWaves;
import org.nottspartners.portal.attendance.waves.WaveRules;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.letters.LetterTemplates;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.scheduling.JobRuns;
import org.nottspartners.portal.core.scheduling.NightlyJobs;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.time.Today;

/**
 * The School Attendance module's REST API, reached at {@code /api/{tenant}/attendance} through the core, which
 * has already checked the caller, the council and that the module is switched on there.
 *
 * <p>Why one class of some 500 lines: a module gives the core one API resource ({@code PortalModule.apiResource}), and
 * the role matrix and cross-tenant suites enumerate its methods by reflection. Each method is a thin edge (read the
 * form, name the role, call one service: registers, notices, enforcement, waves, reports); the rules live in those
 * services. The seam to split along next is JAX-RS sub-resources per area (enforcement, waves, reports), once the
 * core's enumeration follows sub-resource locators.
 */
@RequestScoped
@AllowedFor({AttendanceRoles.Names.ATTENDANCE_OFFICER, AttendanceRoles.Names.ENFORCEMENT_OFFICER, PortalRole.Names.SCHOOL_STAFF,
        "case-worker"})
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    private static final String OFFICER = AttendanceRoles.Names.ATTENDANCE_OFFICER;
    private static final String ENFORCER = AttendanceRoles.Names.ENFORCEMENT_OFFICER;

    @Inject
    TenantContext tenant;

    @Inject
    AttendanceModule module;

    @Inject
    RegisterImport registers;

    @Inject
    PupilAttendance pupils;

    @Inject
    UnmatchedPupils unmatched;

    @Inject
    PenaltyNotices notices;

    @Inject
    EnforcementCases cases;

    @Inject
    CourtBundle bundles;

    @Inject
    AttendanceLetters letters;

    @Inject
    NightlyJobs nightly;

    @Inject
    AttendanceFlags flags;

    @Inject
    CaseManagementReferrals referrals;

    @Inject
    AttendanceBands bands;

    @Inject
    AttendanceWaves waves;

    @Inject
    Today today;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }

    // ---- registers ----

    /**
     * A register file from a school (CSV: {@code urn,upn,date,session,code}), checked whole and written all or nothing;
     * a school sends its own school's, an attendance officer any of the council's.
     */
    @POST
    @Path("registers")
    @Consumes(MediaType.WILDCARD) // the file is read as it comes (text/csv, say); its first line decides
    @AllowedFor({OFFICER, PortalRole.Names.SCHOOL_STAFF})
    @APIResponseSchema(value = RegisterImport.Result.class, responseCode = "201")
    @org.nottspartners.portal.core.problem.LimitsItsOwnBody // the council's register size setting
    public Response importRegister(InputStream csv, @QueryParam("fileName") String fileName) {
        return Response.status(201).entity(registers.importCsv(csv, fileName)).build();
    }

    /** The pupils in registers whose UPN matches nobody yet, oldest first: an officer's queue, never dropped. */
    @GET
    @Path("unmatched")
    @AllowedFor(OFFICER)
    public List<UnmatchedPupils.Waiting> unmatched(@QueryParam("max") @DefaultValue("100") int max) {
        if (max < 1 || max > 1000) {
            throw new InvalidInputException("max", "Ask for between 1 and 1000 pupils");
        }
        return unmatched.waiting(max);
    }

    /** The officer recorded the pupil's UPN on the child's family record: the pupil leaves the queue. */
    @DELETE
    @Path("unmatched/{upn}")
    @AllowedFor(OFFICER)
    public Response resolveUnmatched(@PathParam("upn") String upn) {
        unmatched.resolve(upn);
        return Response.noContent().build();
    }

    /** A sample register file, to start from. */
    @GET
    @Path("registers/sample.csv")
    @Produces("text/csv")
    public String sampleRegister() {
        return RegisterImport.SAMPLE;
    }

    // ---- the nightly scan ----

    /** Runs the nightly scan now for this council (once per cluster: 409 while a run holds it); says what it flagged. */
    @POST
    @Path("scans")
    @AllowedFor(OFFICER)
    public Map<String, Object> scanNow() {
        JobRuns.Outcome outcome = nightly.runNow(AttendanceScan.NAME).orElseThrow();
        if (!outcome.ran()) {
            throw new ActionRefusedException("The scan is running already", outcome.summary());
        }
        return Map.of("ran", true, "summary", outcome.summary());
    }

    /** The pupils the scan flagged this school year, newest first: one kind or all, since a day or all year. */
    @GET
    @Path("flags")
    @AllowedFor(OFFICER)
    public List<AttendanceFlags.Flag> flags(@QueryParam("kind") String kind, @QueryParam("since") String since,
            @QueryParam("max") @DefaultValue("200") int max) {
        return flags.list(kind == null || kind.isBlank() ? null : choice("kind", kind, FlagKind.class),
                optionalDate("since", since), max);
    }

    // ---- reports ----

    /** The board report: pupils by term, ward, phase and wave band this school year (City 004); counts only. */
    @GET
    @Path("reports/bands")
    @AllowedFor(value = OFFICER, kinds = PortalRole.Kind.PERFORMANCE)
    public List<AttendanceBands.Count> bands() {
        return bands.counts(today.date());
    }

    /** The board report as a spreadsheet. */
    @GET
    @Path("reports/bands.xlsx")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @AllowedFor(value = OFFICER, kinds = PortalRole.Kind.PERFORMANCE)
    public Response bandsSpreadsheet() {
        AuditTrail.record(AuditAction.EXPORT, "attendance-report", "bands-" + today.date(), "attendance bands spreadsheet");
        return Response.ok(bands.xlsx(today.date()), Spreadsheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"attendance-bands-" + today.date() + ".xlsx\"").build();
    }

    /** The waves' funnel this school year by phase, as the board reads it (City 004): counts only. */
    @GET
    @Path("reports/waves")
    @AllowedFor(value = OFFICER, kinds = PortalRole.Kind.PERFORMANCE)
    public List<AttendanceWaves.Funnel> wavesFunnel() {
        return waves.funnel(today.date());
    }

    // ---- waves (City 004) ----

    /** Triages the pupil into the waves of support (where the council runs them): 41-70% this school year by default. */
    @POST
    @Path("pupils/{personId}/waves")
    @AllowedFor(OFFICER)
    @APIResponseSchema(value = AttendanceViews.WaveCaseView.class, responseCode = "201")
    public Response triage(@PathParam("personId") UUID personId) {
        return Response.status(201).entity(AttendanceViews.WaveCaseView.of(waves.triage(personId))).build();
    }

    /** The pupil's wave cases, newest first. */
    @GET
    @Path("pupils/{personId}/waves")
    @AllowedFor(OFFICER)
    public List<AttendanceViews.WaveCaseView> wavesOf(@PathParam("personId") UUID personId) {
        return waves.of(personId).stream().map(AttendanceViews.WaveCaseView::of).toList();
    }

    /** A step of a wave case from the version read: ACCEPT, NOT_ACCEPT, ASSIGN (TASKFORCE or FAMILY_SUPPORT), CLOSE, DECLINED. */
    @POST
    @Path("waves/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(OFFICER)
    public AttendanceViews.WaveCaseView waveStep(@PathParam("id") UUID id, AttendanceViews.WaveStepForm form) {
        if (form == null || form.version == null) {
            throw new InvalidInputException("version", "Give the version of the case you read");
        }
        return AttendanceViews.WaveCaseView.of(switch (choice("step", form.step, WaveStep.class)) {
            case ACCEPT -> waves.decide(id, form.version, true, form.reason);
            case NOT_ACCEPT -> waves.decide(id, form.version, false, form.reason);
            case ASSIGN -> waves.assign(id, form.version, choice("wave", form.wave, WaveRules.Wave.class));
            case CLOSE -> waves.close(id, form.version, false);
            case DECLINED -> waves.close(id, form.version, true);
        });
    }

    /** The steps of a wave case the API takes. */
    enum WaveStep {
        ACCEPT, NOT_ACCEPT, ASSIGN, CLOSE, DECLINED
    }

    // ---- pupils ----

    /** A pupil's attendance over a period, possible sessions only, with persistent and severe absence. */
    @GET
    @Path("pupils/{personId}/rates")
    @AllowedFor({OFFICER, ENFORCER})
    public PupilAttendance.Rates rates(@PathParam("personId") UUID personId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return pupils.rates(personId, date("from", from), date("to", to));
    }

    /** Whether a parent may be given a penalty notice for the pupil on a day, the window found and why, in words. */
    @GET
    @Path("pupils/{personId}/penalty-notice")
    @AllowedFor({OFFICER, ENFORCER})
    public PenaltyNoticeRule.Decision penaltyNotice(@PathParam("personId") UUID personId, @QueryParam("on") String on,
            @QueryParam("parentId") UUID parentId) {
        return notices.eligibility(personId, parentId, date("on", on));
    }

    /** Why the council does not enforce at or below its attendance threshold: a key event on the child's record. */
    @POST
    @Path("pupils/{personId}/not-enforcing")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor({OFFICER, ENFORCER})
    public Map<String, Object> notEnforcing(@PathParam("personId") UUID personId, NotEnforcingForm form) {
        double percent = cases.notEnforcing(personId, form == null ? null : form.reason);
        return Map.of("attendancePercent", percent, "recorded", true);
    }

    /**
     * Refers the pupil for case management (County 002 §1b4; the form of 000 §2.10): below the council's percentage
     * over the weeks before today with unauthorised absence, handed off to early help, whose reference is the answer.
     */
    @POST
    @Path("pupils/{personId}/case-management-referral")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(OFFICER)
    @APIResponseSchema(value = CaseManagementReferrals.Outcome.class, responseCode = "201")
    public Response referForCaseManagement(@PathParam("personId") UUID personId, AttendanceViews.CaseManagementReferralForm form) {
        CaseManagementReferrals.Form f = form == null ? null : new CaseManagementReferrals.Form(form.barriers, form.parentView,
                form.childView, form.schoolActions, form.widerIssues, form.referrerContact);
        return Response.status(201).entity(referrals.refer(personId, f)).build();
    }

    // ---- penalty notices ----

    /** A school's (or an officer's) request for a notice to one parent of the child: checked against the rule and the law. */
    @POST
    @Path("pupils/{personId}/penalty-notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor({OFFICER, ENFORCER})
    @APIResponseSchema(value = PenaltyNoticeView.class, responseCode = "201")
    public Response requestNotice(@PathParam("personId") UUID personId, PenaltyNoticeRequest form) {
        if (form == null) {
            throw new InvalidInputException("parentId", "Choose the parent the notice is for");
        }
        return Response.status(201).entity(PenaltyNoticeView.of(notices.request(personId, form.parentId))).build();
    }

    /** The child's notices, newest first. */
    @GET
    @Path("pupils/{personId}/penalty-notices")
    @AllowedFor({OFFICER, ENFORCER})
    public List<PenaltyNoticeView> notices(@PathParam("personId") UUID personId) {
        return notices.of(personId).stream().map(PenaltyNoticeView::of).toList();
    }

    /** Issued (the notice's letter is written), paid or withdrawn, from the version read: {@code {"step":"ISSUED","version":0}}. */
    @POST
    @Path("penalty-notices/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(ENFORCER)
    public PenaltyNoticeView noticeStep(@PathParam("id") UUID id, PenaltyNoticeStep form) {
        if (form == null || form.step == null || form.version == null) {
            throw new InvalidInputException("step", "Say what happened (ISSUED, PAID or WITHDRAWN) and give the version you read");
        }
        return PenaltyNoticeView.of(switch (form.step) {
            case "ISSUED" -> notices.issue(id, form.version);
            case "PAID" -> notices.pay(id, form.version);
            case "WITHDRAWN" -> notices.withdraw(id, form.version, form.reason);
            default -> throw new InvalidInputException("step", "Say what happened: ISSUED, PAID or WITHDRAWN");
        });
    }

    /**
     * The council's decision on a notice unpaid after its payment period: {@code S444_1}, {@code S444_1A} (which open a
     * case at court) or {@code NONE}, with the reason, and whether the code of conduct was followed.
     */
    @POST
    @Path("penalty-notices/{id}/prosecution")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(ENFORCER)
    public PenaltyNoticeView prosecution(@PathParam("id") UUID id, ProsecutionForm form) {
        if (form == null || form.version == null) {
            throw new InvalidInputException("version", "Give the version of the notice you read");
        }
        return PenaltyNoticeView.of(cases.prosecute(id, form.version, choice("decision", form.decision, PenaltyNotice.Prosecution.class),
                form.reason, Boolean.TRUE.equals(form.codeOfConductFollowed)));
    }

    // ---- enforcement cases ----

    /** A new case for one parent of the child: a Notice to Improve or a Notice to Attend, whose letter is written. */
    @POST
    @Path("pupils/{personId}/enforcement-cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(ENFORCER)
    @APIResponseSchema(value = EnforcementCaseView.class, responseCode = "201")
    public Response openCase(@PathParam("personId") UUID personId, EnforcementCaseForm form) {
        if (form == null) {
            throw new InvalidInputException("stage", "Choose NOTICE_TO_IMPROVE or NOTICE_TO_ATTEND");
        }
        EnforcementCase c = cases.open(personId, form.parentId, choice("stage", form.stage, EnforcementPathway.Stage.class),
                form.improveWeeks, Boolean.TRUE.equals(form.holidayInTermTime), form.reason);
        return Response.status(201).entity(EnforcementCaseView.of(c, cases.chronology(c.id()))).build();
    }

    /** The child's enforcement cases, newest first. */
    @GET
    @Path("pupils/{personId}/enforcement-cases")
    @AllowedFor({OFFICER, ENFORCER})
    public List<EnforcementCaseView> cases(@PathParam("personId") UUID personId) {
        return cases.of(personId).stream().map(c -> EnforcementCaseView.of(c, List.of())).toList();
    }

    /** A case with its chronology and the stages that may follow. */
    @GET
    @Path("enforcement-cases/{id}")
    @AllowedFor({OFFICER, ENFORCER})
    public EnforcementCaseView enforcementCase(@PathParam("id") UUID id) {
        return EnforcementCaseView.of(cases.find(id), cases.chronology(id));
    }

    /** Moves a case on when the pathway allows (refused with every reason why not), from the version read. */
    @POST
    @Path("enforcement-cases/{id}/stages")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(ENFORCER)
    public EnforcementCaseView moveCase(@PathParam("id") UUID id, EnforcementStageForm form) {
        if (form == null || form.version == null) {
            throw new InvalidInputException("version", "Give the version of the case you read");
        }
        EnforcementCase c = cases.move(id, form.version, choice("stage", form.stage, EnforcementPathway.Stage.class), form.reason);
        return EnforcementCaseView.of(c, cases.chronology(c.id()));
    }

    /** A contact with the family: {@code {"on":"2026-11-30","type":"PHONE","note":"..."}}. */
    @POST
    @Path("enforcement-cases/{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(ENFORCER)
    @APIResponseSchema(value = EnforcementEntryView.class, responseCode = "201")
    public Response contact(@PathParam("id") UUID id, EnforcementContactForm form) {
        if (form == null) {
            throw new InvalidInputException("type", "Choose how you were in touch");
        }
        return Response.status(201).entity(EnforcementEntryView.of(cases.contact(id, optionalDate("on", form.on),
                choice("type", form.type, EnforcementPathway.ContactType.class), form.note))).build();
    }

    /** A breach of the case's parenting order: what it calls for, and its letter. */
    @POST
    @Path("enforcement-cases/{id}/breaches")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(ENFORCER)
    public EnforcementCases.BreachOutcome breach(@PathParam("id") UUID id, ParentingOrderBreachForm form) {
        if (form == null) {
            throw new InvalidInputException("acceptable", "Say whether the parent's reason is acceptable");
        }
        return cases.breach(id, optionalDate("on", form.on), form.acceptable, form.reason);
    }

    /** The case's court bundle as PDF: attendance, the marks week by week, notices, the chronology and the letters. */
    @GET
    @Path("enforcement-cases/{id}/bundle.pdf")
    @Produces("application/pdf")
    @AllowedFor(ENFORCER)
    public Response bundle(@PathParam("id") UUID id) {
        CourtBundle.Bundle b = bundles.of(id);
        return Response.ok(b.pdf(), "application/pdf").header("Content-Disposition", "inline; filename=\"" + b.fileName() + "\"")
                .build();
    }

    // ---- letters ----

    /** The letters sent to the child's parents, oldest first. */
    @GET
    @Path("pupils/{personId}/letters")
    @AllowedFor({OFFICER, ENFORCER})
    public List<AttendanceLetterView> letters(@PathParam("personId") UUID personId) {
        return letters.of(personId).stream().map(AttendanceLetterView::of).toList();
    }

    /** A letter as sent, as PDF; reading it is audited. */
    @GET
    @Path("letters/{id}")
    @Produces("application/pdf")
    @AllowedFor({OFFICER, ENFORCER})
    public Response letter(@PathParam("id") UUID id) {
        AttendanceLetter l = letters.find(id);
        return Response.ok(l.pdf(), "application/pdf").header("Content-Disposition", "inline; filename=\"" + l.fileName() + "\"")
                .build();
    }

    /** The wording of each kind of letter: the council's own, or the shipped one. */
    @GET
    @Path("letter-templates")
    @AllowedFor(value = ENFORCER, kinds = PortalRole.Kind.ADMINISTRATOR)
    public List<LetterTemplates.Wording> letterTemplates() {
        return letters.wordings();
    }

    /** The council's own wording of a kind of letter (send the version read; none the first time). */
    @PUT
    @Path("letter-templates/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public LetterTemplates.Wording saveLetterTemplate(@PathParam("kind") String kind, LetterWordingForm form) {
        if (form == null) {
            throw new InvalidInputException("text", "Give the letter's wording");
        }
        return letters.saveWording(choice("kind", kind, AttendanceLetterKind.class), form.text, form.version);
    }

    /** Back to the shipped wording. */
    @DELETE
    @Path("letter-templates/{kind}")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public LetterTemplates.Wording resetLetterTemplate(@PathParam("kind") String kind) {
        return letters.resetWording(choice("kind", kind, AttendanceLetterKind.class));
    }

    // ---- checks ----

    private static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Choose one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static LocalDate optionalDate(String field, String text) {
        return text == null || text.isBlank() ? null : date(field, text);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "Give the date, like 2026-11-30");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Write the date like 2026-11-30, not '" + text.strip() + "'");
        }
    }
}
