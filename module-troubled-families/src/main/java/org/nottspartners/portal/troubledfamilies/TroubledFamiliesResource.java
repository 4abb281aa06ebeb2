package org.nottspartners.portal.troubledfamilies;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.troubledfamilies.families.Families;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.CriteriaSetForm;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.CriteriaSetView;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.FamilyView;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.OutcomeForm;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.ScreeningForm;
import org.nottspartners.portal.troubledfamilies.families.FamilyViews.VersionForm;

/**
 * The Supporting Families module's REST API, reached at {@code /api/{tenant}/troubled-families} through the core, which
 * has already checked the caller, the council and that the module is switched on there. Early help's practitioners
 * screen and record outcomes; team managers complete the closure checklist; the performance team reads (RULES.md §2);
 * administrators keep the criteria sets.
 */
@RequestScoped
@AllowedFor({PortalRole.Names.PERFORMANCE_TEAM, TroubledFamiliesResource.CASE_WORKER, TroubledFamiliesResource.TEAM_MANAGER,
    TroubledFamiliesResource.GROUP_MANAGER})
@Produces(MediaType.APPLICATION_JSON)
public class TroubledFamiliesResource {

    static final String CASE_WORKER = "case-worker";
    static final String TEAM_MANAGER = "team-manager";
    static final String GROUP_MANAGER = "group-manager";

    @Inject
    TenantContext tenant;

    @Inject
    TroubledFamiliesModule module;

    @Inject
    Families families;

    @Inject
    Today today;

    @Inject
    org.nottspartners.portal.troubledfamilies.families.BoardReport board;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }

    /** The council's criteria sets, newest version first. */
    @GET
    @Path("criteria-sets")
    @AllowedFor({PortalRole.Names.PERFORMANCE_TEAM, CASE_WORKER, TEAM_MANAGER, GROUP_MANAGER, PortalRole.Names.TENANT_ADMIN})
    public List<CriteriaSetView> criteriaSets() {
        return families.sets();
    }

    /** An administrator adds a version from a date. */
    @POST
    @Path("criteria-sets")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(PortalRole.Names.TENANT_ADMIN)
    @APIResponseSchema(value = CriteriaSetView.class, responseCode = "201")
    public Response addCriteriaSet(CriteriaSetForm form) {
        return Response.status(201).entity(families.addSet(form == null ? new CriteriaSetForm() : form)).build();
    }

    /**
     * The families screened, flagged ones first, then newest, a page at a time (first, max: at most 200), with whether
     * each claim can be made and why.
     */
    @GET
    @Path("families")
    public List<FamilyView> families(@jakarta.ws.rs.QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first,
            @jakarta.ws.rs.QueryParam("max") @jakarta.ws.rs.DefaultValue("100") int max) {
        org.nottspartners.portal.core.problem.InvalidInputException.unlessBetween("first", first, 0, Integer.MAX_VALUE);
        org.nottspartners.portal.core.problem.InvalidInputException.unlessBetween("max", max, 1, 200);
        return families.page(first, max);
    }

    @GET
    @Path("families/{id}")
    public FamilyView family(@PathParam("id") UUID id) {
        return families.get(id);
    }

    /** A case screened at assessment, every family member included (002 §13b). */
    @POST
    @Path("screenings")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor({CASE_WORKER, TEAM_MANAGER})
    public FamilyView screen(ScreeningForm form) {
        return families.screen(form == null ? new ScreeningForm() : form);
    }

    /** A need's outcome and how long it has held. */
    @PUT
    @Path("families/{id}/outcomes/{criterion}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor({CASE_WORKER, TEAM_MANAGER})
    public FamilyView outcome(@PathParam("id") UUID id, @PathParam("criterion") String criterion, OutcomeForm form) {
        return families.outcome(id, criterion, form == null ? new OutcomeForm() : form);
    }

    /** The team manager's closure checklist (002 §13d). */
    @POST
    @Path("families/{id}/closure-checklist")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(TEAM_MANAGER)
    public FamilyView checklist(@PathParam("id") UUID id, VersionForm form) {
        return families.checklist(id, form == null ? null : form.version);
    }

    /** The SAU draws a seeded audit sample of closed, checklisted families (002 §13d). */
    @POST
    @Path("audit-samples")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(PortalRole.Names.PERFORMANCE_TEAM)
    @APIResponseSchema(value = org.nottspartners.portal.troubledfamilies.families.FamilyViews.SampleView.class, responseCode = "201")
    public Response drawSample(org.nottspartners.portal.troubledfamilies.families.FamilyViews.SampleForm form) {
        return Response.status(201).entity(families.drawSample(form == null
                ? new org.nottspartners.portal.troubledfamilies.families.FamilyViews.SampleForm() : form)).build();
    }

    @GET
    @Path("audit-samples")
    @AllowedFor({PortalRole.Names.PERFORMANCE_TEAM, GROUP_MANAGER})
    public List<org.nottspartners.portal.troubledfamilies.families.FamilyViews.SampleView> samples() {
        return families.samples();
    }

    /** A claim's payment, recorded by the SAU. */
    @PUT
    @Path("families/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(PortalRole.Names.PERFORMANCE_TEAM)
    public FamilyView payment(@PathParam("id") UUID id, org.nottspartners.portal.troubledfamilies.families.FamilyViews.PaymentForm form) {
        return families.payment(id, form == null ? new org.nottspartners.portal.troubledfamilies.families.FamilyViews.PaymentForm() : form);
    }

    /** The national spot-check team's finding, recorded by the SAU. */
    @PUT
    @Path("families/{id}/spot-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(PortalRole.Names.PERFORMANCE_TEAM)
    public FamilyView spotCheck(@PathParam("id") UUID id, org.nottspartners.portal.troubledfamilies.families.FamilyViews.SpotCheckForm form) {
        return families.spotCheck(id, form == null ? new org.nottspartners.portal.troubledfamilies.families.FamilyViews.SpotCheckForm() : form);
    }

    /** The board report of a reporting year (the year of its 1 April; this year when left out), in the City's format. */
    @GET
    @Path("reports/board")
    @AllowedFor({PortalRole.Names.PERFORMANCE_TEAM, TEAM_MANAGER, GROUP_MANAGER})
    public org.nottspartners.portal.troubledfamilies.families.BoardReport.Report boardReport(@jakarta.ws.rs.QueryParam("year") Integer year) {
        return board.report(checkedYear(year));
    }

    @GET
    @Path("reports/board.xlsx")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @AllowedFor({PortalRole.Names.PERFORMANCE_TEAM, TEAM_MANAGER, GROUP_MANAGER})
    public Response boardSpreadsheet(@jakarta.ws.rs.QueryParam("year") Integer year) {
        int y = checkedYear(year);
        return Response.ok(board.xlsx(y), Spreadsheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"supporting-families-" + y + ".xlsx\"").build();
    }

    private int checkedYear(Integer year) {
        int current = board.currentYear();
        if (year != null && (year < 2015 || year > current)) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException("year",
                    "The reporting year is from 2015 (the programme's start) to " + current);
        }
        return year == null ? current : year;
    }

    /** The claims that can be made today, as CSV for submission. */
    @GET
    @Path("claims.csv")
    @Produces(org.nottspartners.portal.core.export.CsvCells.MEDIA_TYPE)
    @AllowedFor({PortalRole.Names.PERFORMANCE_TEAM, TEAM_MANAGER, GROUP_MANAGER})
    public Response claimsCsv() {
        return Response.ok(families.claimsCsv(), org.nottspartners.portal.core.export.CsvCells.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"claims-" + today.date() + ".csv\"").build();
    }

    /** The claims that can be made today, for submission. */
    @GET
    @Path("claims.xlsx")
    @Produces(Spreadsheets.MEDIA_TYPE)
    @AllowedFor({PortalRole.Names.PERFORMANCE_TEAM, TEAM_MANAGER, GROUP_MANAGER})
    public Response claims() {
        return Response.ok(families.claimsXlsx(), Spreadsheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"claims-" + today.date() + ".xlsx\"").build();
    }
}
