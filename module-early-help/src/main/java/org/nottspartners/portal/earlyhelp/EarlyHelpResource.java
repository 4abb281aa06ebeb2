package org.nottspartners.portal.earlyhelp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles.Names;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.earlyhelp.roles.EarlyHelpRoles;
import org.nottspartners.portal.core.letters.LetterTemplates;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.staff.StaffDirectory;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.earlyhelp.EarlyHelpViews.CaseView;
import org.nottspartners.portal.earlyhelp.casework.CaseExport;
import org.nottspartners.portal.earlyhelp.casework.CaseLetter;
import org.nottspartners.portal.earlyhelp.casework.CaseQueries;
import org.nottspartners.portal.earlyhelp.casework.CaseStage;
import org.nottspartners.portal.earlyhelp.casework.CaseWork;
import org.nottspartners.portal.earlyhelp.casework.Closure;
import org.nottspartners.portal.earlyhelp.casework.EarlyHelpCase;
import org.nottspartners.portal.earlyhelp.casework.FrontDoor;
import org.nottspartners.portal.earlyhelp.casework.InterventionStep;
import org.nottspartners.portal.earlyhelp.casework.Interventions;
import org.nottspartners.portal.earlyhelp.casework.LetterKind;
import org.nottspartners.portal.earlyhelp.casework.Referrals;
import org.nottspartners.portal.earlyhelp.letters.CaseLetters;
import org.nottspartners.portal.earlyhelp.letters.EarlyHelpLetters;
import org.nottspartners.portal.earlyhelp.threshold.EarlyHelpSetup;

/**
 * The Early Help module's REST API, reached at {@code /api/{tenant}/early-help} through the core, which
 * has already checked the caller, the council and that the module is switched on there. Partners refer
 * and follow their referrals; managers decide, screen and allocate; lead professionals assess, plan,
 * review and close.
 *
 * <p>Why one class of about 700 lines (issue 23 added the Team around the Child, levels, CAFs and reports): it is the module's whole API surface, one thin method per endpoint,
 * each calling one of the services the case's work is split into (referrals, front door, case work,
 * interventions, closure, queries). The whole OpenAPI document (issue 12) now follows sub-resource locators that
 * return a class, so splitting this into sub-resources per stage is the next step; the paths stay as they are.
 */
@RequestScoped
@AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EarlyHelpResource {

    @Inject
    StaffDirectory staff;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser caller;

    @Inject
    EarlyHelpModule module;

    @Inject
    CaseQueries queries;

    @Inject
    Referrals referrals;

    @Inject
    FrontDoor frontDoor;

    @Inject
    CaseWork caseWork;

    @Inject
    Interventions commissionedWork;

    @Inject
    Closure closure;

    @Inject
    EarlyHelpSetup setup;

    @Inject
    LetterTemplates templates;

    @Inject
    CaseLetters letters;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.earlyhelp.casework.TeamAroundTheChild team;

    @Inject
    org.nottspartners.portal.earlyhelp.casework.LevelChanges levels;

    @Inject
    org.nottspartners.portal.earlyhelp.reporting.CafReport cafReport;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }

    /** The council's threshold framework as in force today (or on {@code on}). */
    @GET
    @Path("thresholds")
    public List<EarlyHelpViews.LevelView> thresholds(@QueryParam("on") String on) {
        return setup.levelsOn(date("on", on)).stream().map(EarlyHelpViews.LevelView::of).toList();
    }

    /** Every version of every level of the council's framework: for its administrators. */
    @GET
    @Path("thresholds/versions")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public List<EarlyHelpViews.LevelView> thresholdVersions() {
        return setup.allVersions().stream().map(EarlyHelpViews.LevelView::of).toList();
    }

    /** A new version of a level, or a new level, in force from a date (today or later). */
    @POST
    @Path("thresholds")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    @APIResponseSchema(value = EarlyHelpViews.LevelView.class, responseCode = "201")
    public Response addThresholdVersion(EarlyHelpForms.LevelForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.LevelView.of(setup.addVersion(f.code, f.name, f.description, f.band,
                f.earlyHelp, f.sortOrder, f.effectiveFrom, today.date()))).build();
    }

    @GET
    @Path("teams")
    public List<EarlyHelpViews.TeamView> teams() {
        return setup.teams().stream().map(EarlyHelpViews.TeamView::of).toList();
    }

    /** Records how families and referrers reach a team, as the letters give it (issue 22); 409 from a stale reading. */
    @PUT
    @Path("teams/{code}/contact")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public EarlyHelpViews.TeamView changeTeamContact(@PathParam("code") String code, EarlyHelpForms.TeamContactForm f) {
        body(f);
        return EarlyHelpViews.TeamView.of(setup.changeTeamContact(code, f.contact, version(f)));
    }

    // ---- partners ----

    /** Refers a family; refused whole when anything is missing, or when the concerns must go to social care now. */
    @POST
    @Path("referrals")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    @APIResponseSchema(value = EarlyHelpViews.ReferralStatusView.class, responseCode = "201")
    public Response refer(EarlyHelpForms.ReferralForm form) {
        body(form);
        EarlyHelpCase c = referrals.refer(form.toRequest());
        return Response.status(201).entity(EarlyHelpViews.ReferralStatusView.of(c)).build();
    }

    /**
     * A practitioner starts a CAF and holds it as lead professional, where the council's operating model says any
     * practitioner may (the City, 001 L1146-1173; issue 23): the same checks as a referral, then the case is theirs.
     */
    @POST
    @Path("cafs")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    @APIResponseSchema(value = CaseView.class, responseCode = "201")
    public Response startCaf(EarlyHelpForms.ReferralForm form) {
        body(form);
        return Response.status(201).entity(CaseView.of(referrals.startCaf(form.toRequest()))).build();
    }

    /** The cases the caller holds as lead professional or sits on in the Team around the Child. */
    @GET
    @Path("cafs/mine")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public List<CaseView> myCafs() {
        return team.mine().stream().map(CaseView::of).toList();
    }

    /** The case's Team around the Child, present and past: who, from which agency, since when, until when. */
    @GET
    @Path("cases/{id}/team")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public List<EarlyHelpViews.MemberView> teamAroundTheChild(@PathParam("id") UUID id) {
        return team.members(id).stream().map(EarlyHelpViews.MemberView::of).toList();
    }

    /** The lead professional invites a practitioner from any agency into the Team around the Child. */
    @POST
    @Path("cases/{id}/team")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    @APIResponseSchema(value = EarlyHelpViews.MemberView.class, responseCode = "201")
    public Response invite(@PathParam("id") UUID id, EarlyHelpForms.MemberForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.MemberView.of(team.invite(id, f.userName))).build();
    }

    /** A practitioner leaves the Team around the Child (or the lead professional takes them off): access ends. */
    @DELETE
    @Path("cases/{id}/team/{userName}")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public EarlyHelpViews.MemberView leave(@PathParam("id") UUID id, @PathParam("userName") String userName) {
        return EarlyHelpViews.MemberView.of(team.leave(id, userName));
    }

    /** The lead professional hands the case to a member of the team, from any agency. */
    @PUT
    @Path("cases/{id}/lead-professional")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public CaseView changeLead(@PathParam("id") UUID id, EarlyHelpForms.LeadForm f) {
        body(f);
        return CaseView.of(team.changeLead(id, version(f), f.userName));
    }

    /** Step up or step down while the case is open; above early help's levels, the hand-off to social care. */
    @POST
    @Path("cases/{id}/level")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public CaseView changeLevel(@PathParam("id") UUID id, EarlyHelpForms.LevelChangeForm f) {
        body(f);
        return CaseView.of(levels.change(id, version(f), f.level, f.reasons));
    }

    /** The team takes the family to the Multi-Agency Forum. */
    @POST
    @Path("cases/{id}/multi-agency-forum")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    @APIResponseSchema(value = EarlyHelpViews.EventView.class, responseCode = "201")
    public Response multiAgencyForum(@PathParam("id") UUID id, EarlyHelpForms.ReasonsForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.EventView.of(team.referToMultiAgencyForum(id, f.reasons))).build();
    }

    /** The CAF measures for a reporting year from 1 April (the CYPP Performance Report's, 001 L882, L2086-2090). */
    @GET
    @Path("reports/caf")
    @AllowedFor(value = {Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PERFORMANCE)
    public org.nottspartners.portal.earlyhelp.reporting.CafMeasures.Report cafMeasures(@QueryParam("year") Integer year) {
        return cafReport.report(reportingYear(year));
    }

    @GET
    @Path("reports/caf.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @AllowedFor(value = {Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PERFORMANCE)
    public Response cafMeasuresXlsx(@QueryParam("year") Integer year) {
        var report = cafReport.report(reportingYear(year));
        AuditTrail.record(AuditAction.EXPORT, "early-help-report", "caf-" + report.year().label(), "CAF measures spreadsheet");
        return Response.ok(org.nottspartners.portal.earlyhelp.reporting.CafReport.xlsx(report))
                .header("Content-Disposition", "attachment; filename=\"caf-measures-" + report.year().label().replace('/', '-')
                        + ".xlsx\"").build();
    }

    private LocalDate reportingYear(Integer year) {
        if (year == null) {
            return org.nottspartners.portal.earlyhelp.reporting.CafMeasures.yearStarting(today.date());
        }
        between("year", year, 2000, today.date().getYear());
        return LocalDate.of(year, 4, 1);
    }

    /** The referrals the caller made, with where each has got to. */
    @GET
    @Path("referrals/mine")
    public List<EarlyHelpViews.ReferralStatusView> myReferrals(@QueryParam("max") @DefaultValue("50") int max) {
        between("max", max, 1, 200);
        return queries.referralsByCaller(max).stream().map(EarlyHelpViews.ReferralStatusView::of).toList();
    }

    // ---- the council's staff ----

    @GET
    @Path("cases")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public List<CaseView> list(@QueryParam("stage") String stage, @QueryParam("team") String team,
            @QueryParam("worker") String worker, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        between("max", max, 1, 200);
        between("first", first, 0, Integer.MAX_VALUE);
        return queries.list(stage(stage), blankToNull(team), blankToNull(worker), first, max).stream().map(CaseView::of).toList();
    }

    /** Open cases by stage, and overdue clocks, for the team dashboard. */
    @GET
    @Path("dashboard")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public Map<CaseStage, Long> dashboard(@QueryParam("team") String team) {
        return queries.openByStage(blankToNull(team));
    }

    /** A team's waiting list, in the order its cases should be allocated. */
    @GET
    @Path("waiting-list")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public List<CaseView> waitingList(@QueryParam("team") String team, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        if (blankToNull(team) == null) {
            throw new InvalidInputException("team", "Choose the team");
        }
        between("max", max, 1, 200);
        between("first", first, 0, Integer.MAX_VALUE);
        return queries.waitingList(team, first, max).stream().map(CaseView::of).toList();
    }

    @GET
    @Path("caseloads")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public Map<String, Long> caseloads(@QueryParam("team") String team) {
        if (blankToNull(team) == null) {
            throw new InvalidInputException("team", "Choose the team");
        }
        return queries.caseloads(team);
    }

    /** The team's cases as a spreadsheet; every case in it is audited as exported. */
    @GET
    @Path("cases.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public Response export(@QueryParam("team") String team) {
        List<EarlyHelpCase> all = AuditTrail.readingFor(AuditAction.EXPORT, "early help cases export",
                () -> queries.list(null, blankToNull(team), null, 0, 100_000));
        java.time.LocalDate on = today.date();
        String council = TenantScope.current().orElseThrow();
        return Response.ok(CaseExport.xlsx(all, new CaseExport.Words(code -> setup.level(code, on).map(l -> l.name()).orElse(code),
                        code -> setup.team(code).map(t -> t.name()).orElse(code),
                        user -> staff.nameOf(council, EarlyHelpRoles.CASE_WORKER, user))))
                .header("Content-Disposition", "attachment; filename=\"early-help-cases.xlsx\"").build();
    }

    @GET
    @Path("cases/{id}")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public CaseView read(@PathParam("id") UUID id) {
        return CaseView.of(queries.find(id));
    }

    /** Where the front door should send the family: case management for a step-down, otherwise by the ages of its children. */
    @GET
    @Path("cases/{id}/route")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public Map<String, String> route(@PathParam("id") UUID id, @QueryParam("neet") boolean neet) {
        return Map.of("teamKind", referrals.suggestedRoute(queries.find(id), neet).name());
    }

    @POST
    @Path("cases/{id}/decision")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public CaseView decide(@PathParam("id") UUID id, EarlyHelpForms.DecisionForm f) {
        body(f);
        return CaseView.of(frontDoor.decide(id, version(f), f.decision, f.teamCode, f.decidedLevel, f.reasons));
    }

    @POST
    @Path("cases/{id}/waiting-list")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public CaseView wait(@PathParam("id") UUID id, EarlyHelpForms.WaitingListForm f) {
        body(f);
        return CaseView.of(frontDoor.placeOnWaitingList(id, version(f), f.risk, f.existingSupport));
    }

    /** A group manager's review of a case that has waited over 10 weeks (002 §3a3). */
    @POST
    @Path("cases/{id}/waiting-review")
    @AllowedFor(Names.GROUP_MANAGER)
    public CaseView reviewWait(@PathParam("id") UUID id, EarlyHelpForms.NoteForm f) {
        body(f);
        return CaseView.of(frontDoor.reviewWaitingCase(id, f.note));
    }

    @POST
    @Path("cases/{id}/allocation")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public CaseView allocate(@PathParam("id") UUID id, EarlyHelpForms.AllocationForm f) {
        body(f);
        return CaseView.of(frontDoor.allocate(id, version(f), f.worker));
    }

    @POST
    @Path("cases/{id}/contact")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public CaseView contact(@PathParam("id") UUID id, EarlyHelpForms.ContactForm f) {
        body(f);
        return CaseView.of(caseWork.recordContact(id, version(f), f.kind, f.note));
    }

    /** The front door completes the early help assessment form of a self-referral before passing it to a team. */
    @POST
    @Path("cases/{id}/referral-assessment")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public CaseView referralAssessment(@PathParam("id") UUID id, EarlyHelpForms.ReferralAssessmentForm f) {
        body(f);
        return CaseView.of(frontDoor.completeReferralAssessment(id, version(f), f.assessmentForm));
    }

    /** Open only for family programme monitoring (contact: a phone call every 3 months), or back to full work. */
    @PUT
    @Path("cases/{id}/monitoring-only")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public CaseView monitoringOnly(@PathParam("id") UUID id, EarlyHelpForms.MonitoringForm f) {
        body(f);
        if (f.monitoringOnly == null) {
            throw new InvalidInputException("monitoringOnly", "Say whether the case is open for monitoring only: true or false");
        }
        return CaseView.of(caseWork.monitorOnly(id, version(f), f.monitoringOnly));
    }

    @POST
    @Path("cases/{id}/assessment")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public CaseView assess(@PathParam("id") UUID id, EarlyHelpForms.AssessmentForm f) {
        body(f);
        return CaseView.of(caseWork.completeAssessment(id, version(f), f.summary, domains(f.domains),
                f.criteriaMet == null ? java.util.Set.of() : f.criteriaMet));
    }

    @GET
    @Path("cases/{id}/targets")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public List<EarlyHelpViews.TargetView> targets(@PathParam("id") UUID id) {
        return queries.targets(id).stream().map(EarlyHelpViews.TargetView::of).toList();
    }

    @POST
    @Path("cases/{id}/targets")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    @APIResponseSchema(value = EarlyHelpViews.TargetView.class, responseCode = "201")
    public Response addTarget(@PathParam("id") UUID id, EarlyHelpForms.TargetForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.TargetView.of(
                caseWork.addTarget(id, f.need, f.target, f.measure, f.owner, f.dueOn, f.criterion, f.serviceId))).build();
    }

    @POST
    @Path("cases/{id}/plan")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public CaseView agreePlan(@PathParam("id") UUID id, EarlyHelpForms.VersionedForm f) {
        body(f);
        return CaseView.of(caseWork.agreePlan(id, version(f)));
    }

    @GET
    @Path("cases/{id}/taf-meetings")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public List<EarlyHelpViews.TafView> tafMeetings(@PathParam("id") UUID id) {
        return queries.tafMeetings(id).stream().map(EarlyHelpViews.TafView::of).toList();
    }

    @POST
    @Path("cases/{id}/taf-meetings")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    @APIResponseSchema(value = EarlyHelpViews.TafView.class, responseCode = "201")
    public Response recordTaf(@PathParam("id") UUID id, EarlyHelpForms.TafForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.TafView.of(
                caseWork.recordTaf(id, f.heldOn, f.familyPresent, f.attendees, f.summary, f.review))).build();
    }

    @POST
    @Path("cases/{id}/disputes")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    @APIResponseSchema(value = EarlyHelpViews.EventView.class, responseCode = "201")
    public Response dispute(@PathParam("id") UUID id, EarlyHelpForms.DisputeForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.EventView.of(caseWork.raiseOrEscalateDispute(id, f.about, f.highRisk))).build();
    }

    /** Work commissioned from the Interventions or Intensive Support and Parenting Team (002 §4-§5). */
    @POST
    @Path("cases/{id}/interventions")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER})
    @APIResponseSchema(value = EarlyHelpViews.InterventionView.class, responseCode = "201")
    public Response commission(@PathParam("id") UUID id, EarlyHelpForms.InterventionForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.InterventionView.of(
                commissionedWork.commissionIntervention(id, f.kind, f.worker, f.purpose, f.serviceId))).build();
    }

    @GET
    @Path("cases/{id}/interventions")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public List<EarlyHelpViews.InterventionView> interventions(@PathParam("id") UUID id) {
        return queries.interventions(id).stream().map(EarlyHelpViews.InterventionView::of).toList();
    }

    @POST
    @Path("cases/{id}/interventions/{interventionId}/steps")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public EarlyHelpViews.InterventionView interventionStep(@PathParam("id") UUID id,
            @PathParam("interventionId") UUID interventionId, EarlyHelpForms.InterventionStepForm f) {
        body(f);
        return EarlyHelpViews.InterventionView.of(commissionedWork.recordInterventionStep(id, interventionId, version(f), f.step, f.note));
    }

    @POST
    @Path("cases/{id}/interventions/{interventionId}/closure")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER})
    public EarlyHelpViews.InterventionView closeIntervention(@PathParam("id") UUID id,
            @PathParam("interventionId") UUID interventionId, EarlyHelpForms.InterventionClosureForm f) {
        body(f);
        return EarlyHelpViews.InterventionView.of(commissionedWork.closeIntervention(id, interventionId, version(f), f.reason,
                f.nonEngagement));
    }

    /** The wording of each kind of letter: the council's own, or the shipped one. */
    @GET
    @Path("letter-templates")
    @AllowedFor(value = {Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.ADMINISTRATOR)
    public List<LetterTemplates.Wording> letterTemplates() {
        return templates.all(EarlyHelpLetters.ALL);
    }

    /** The council's own wording of a kind of letter (send the version read; none the first time). */
    @PUT
    @Path("letter-templates/{kind}")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public LetterTemplates.Wording saveLetterTemplate(@PathParam("kind") String kind, EarlyHelpForms.TemplateForm f) {
        body(f);
        return templates.save(EarlyHelpLetters.definition(letterKind(kind)), f.text, f.version);
    }

    /** Back to the shipped wording. */
    @DELETE
    @Path("letter-templates/{kind}")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public LetterTemplates.Wording resetLetterTemplate(@PathParam("kind") String kind) {
        return templates.reset(EarlyHelpLetters.definition(letterKind(kind)));
    }

    private static LetterKind letterKind(String kind) {
        try {
            return LetterKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "Choose the letter: " + java.util.Arrays.toString(LetterKind.values()));
        }
    }

    /** The case's disputes: each raising, escalation and resolution, oldest first. */
    @GET
    @Path("cases/{id}/disputes")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public List<EarlyHelpViews.EventView> disputes(@PathParam("id") UUID id) {
        return queries.disputeEvents(id).stream().map(EarlyHelpViews.EventView::of).toList();
    }

    /** Feedback given to the referrer who disagrees (001 L1808-1830: within 24 hours, where the council times it). */
    @POST
    @Path("cases/{id}/disputes/feedback")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    @APIResponseSchema(value = EarlyHelpViews.EventView.class, responseCode = "201")
    public Response disputeFeedback(@PathParam("id") UUID id, EarlyHelpForms.FeedbackForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.EventView.of(caseWork.recordDisputeFeedback(id, f.feedback))).build();
    }

    @POST
    @Path("cases/{id}/disputes/resolution")
    @AllowedFor({Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    @APIResponseSchema(value = EarlyHelpViews.EventView.class, responseCode = "201")
    public Response resolveDispute(@PathParam("id") UUID id, EarlyHelpForms.ResolutionForm f) {
        body(f);
        return Response.status(201).entity(EarlyHelpViews.EventView.of(caseWork.resolveDispute(id, f.outcome))).build();
    }

    @POST
    @Path("cases/{id}/engagement-attempts")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    @APIResponseSchema(value = Map.class, responseCode = "201")
    public Response engagement(@PathParam("id") UUID id, EarlyHelpForms.EngagementForm f) {
        body(f);
        closure.recordEngagementAttempt(id, f.step, f.doneAt, f.note);
        return Response.status(201).entity(Map.of("stillNeeded", closure.nonEngagementGaps(id))).build();
    }

    @POST
    @Path("cases/{id}/closure")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public CaseView close(@PathParam("id") UUID id, EarlyHelpForms.ClosureForm f) {
        body(f);
        return CaseView.of(closure.close(id, version(f), f.outcome, f.reasons, f.programmeStatus));
    }

    @GET
    @Path("cases/{id}/history")
    @AllowedFor(value = {Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER}, kinds = PortalRole.Kind.PARTNER)
    public List<EarlyHelpViews.EventView> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(EarlyHelpViews.EventView::of).toList();
    }

    @GET
    @Path("cases/{id}/letters")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public List<EarlyHelpViews.LetterView> letters(@PathParam("id") UUID id) {
        queries.find(id);
        return letters.of(id).stream().map(EarlyHelpViews.LetterView::of).toList();
    }

    /** A letter as sent, as PDF; reading it is audited. */
    @GET
    @Path("cases/{id}/letters/{letter}")
    @Produces("application/pdf")
    @AllowedFor({Names.CASE_WORKER, Names.TEAM_MANAGER, Names.GROUP_MANAGER})
    public Response letter(@PathParam("id") UUID id, @PathParam("letter") UUID letterId) {
        queries.find(id);
        CaseLetter l = letters.find(id, letterId);
        return Response.ok(l.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + l.fileName() + "\"").build();
    }

    // ---- checks ----

    private static Map<org.nottspartners.portal.earlyhelp.casework.CafDomain, String> domains(Map<String, String> sent) {
        Map<org.nottspartners.portal.earlyhelp.casework.CafDomain, String> domains =
                new java.util.EnumMap<>(org.nottspartners.portal.earlyhelp.casework.CafDomain.class);
        if (sent != null) {
            sent.forEach((k, v) -> {
                try {
                    domains.put(org.nottspartners.portal.earlyhelp.casework.CafDomain.valueOf(k), v);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("domains", "The CAF domains are CHILD_DEVELOPMENT, PARENTS_AND_CARERS and"
                            + " FAMILY_AND_ENVIRONMENT, not " + k);
                }
            });
        }
        return domains;
    }

    private static void body(Object form) {
        if (form == null) {
            throw new InvalidInputException("body", "Send the form's fields as JSON");
        }
    }

    private static long version(EarlyHelpForms.VersionedForm f) {
        if (f.version == null) {
            throw new InvalidInputException("version", "Send the version of the record you read, so that nobody's change is lost");
        }
        return f.version;
    }

    private static void between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(name, "Give " + name + " between " + min + " and " + max);
        }
    }

    private static CaseStage stage(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CaseStage.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("stage", "Choose a stage: " + java.util.Arrays.toString(CaseStage.values()));
        }
    }

    private LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return today.date();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(name, "Give the date as year-month-day, like 2026-11-24");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
