package org.nottspartners.portal.housing;

import jakarta.enterprise.context.RequestScoped;
import org.nottspartners.portal.housing.kit.HousingRoles;
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
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.export.Spreadsheets;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.housing.kit.HousingViews.A1Form;
import org.nottspartners.portal.housing.kit.HousingViews.A1StepForm;
import org.nottspartners.portal.housing.kit.HousingViews.A1View;
import org.nottspartners.portal.housing.kit.HousingViews.EmergencyStepForm;
import org.nottspartners.portal.housing.kit.HousingViews.OfferAnswerForm;
import org.nottspartners.portal.housing.kit.HousingViews.OfferView;
import org.nottspartners.portal.housing.kit.HousingViews.OffersForm;
import org.nottspartners.portal.housing.kit.HousingViews.PresentationForm;
import org.nottspartners.portal.housing.kit.HousingViews.PresentationView;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderForm;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderOfferView;
import org.nottspartners.portal.housing.kit.HousingViews.ProviderView;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeForm;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeSaved;
import org.nottspartners.portal.housing.kit.HousingViews.SchemeView;
import org.nottspartners.portal.housing.kit.HousingViews.WaitingView;
import org.nottspartners.portal.housing.emergency.Presentations;
import org.nottspartners.portal.housing.providers.Providers;
import org.nottspartners.portal.housing.referral.A1s;
import org.nottspartners.portal.housing.referral.Schemes;

/**
 * The 16/17 Housing module's REST API, reached at {@code /api/{tenant}/housing} through the core, which has already
 * checked the caller, the council and that the module is switched on there. Council staff work the emergencies, the
 * A1s and the list; a provider's staff reach only the offers sent to their organisation and its places free.
 */
@RequestScoped
@AllowedFor({HousingRoles.Names.HOUSING_OFFICER, "case-worker", "team-manager"})
@Produces(MediaType.APPLICATION_JSON)
public class HousingResource {

    private static final String OFFICER = HousingRoles.Names.HOUSING_OFFICER;
    private static final String PROVIDER = HousingRoles.Names.PROVIDER;
    private static final String CASE_WORKER = "case-worker";
    private static final String TEAM_MANAGER = "team-manager";

    @Inject
    TenantContext tenant;

    @Inject
    HousingModule module;

    @Inject
    Presentations presentations;

    @Inject
    Providers providers;

    @Inject
    A1s a1s;

    @Inject
    Schemes schemes;

    @Inject
    Today today;

    private static <T> T or(T form, Supplier<T> empty) {
        return form == null ? empty.get() : form;
    }

    /** What the module is, for the council in the address. */
    @GET
    @AllowedFor({OFFICER, CASE_WORKER, TEAM_MANAGER, PROVIDER})
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }

    /** A young person presents as homeless: the RAW (1 hour) and contact (2 hours) clocks start. */
    @POST
    @Path("presentations")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = PresentationView.class, responseCode = "201")
    public Response present(PresentationForm form) {
        return Response.status(201).entity(presentations.log(or(form, PresentationForm::new))).build();
    }

    /** The open emergencies with their hour clocks, the longest open first. */
    @GET
    @Path("presentations")
    public List<PresentationView> openPresentations() {
        return presentations.open();
    }

    @GET
    @Path("presentations/{id}")
    public PresentationView presentation(@PathParam("id") UUID id) {
        return presentations.get(id);
    }

    /** A step of the emergency process: allocation, contact, homeless or not, mediation, section 20, a bed, daily contact, close. */
    @POST
    @Path("presentations/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public PresentationView presentationStep(@PathParam("id") UUID id, EmergencyStepForm form) {
        return presentations.step(id, or(form, EmergencyStepForm::new));
    }

    /** The council's providers; a provider's staff see their own. */
    @GET
    @Path("providers")
    @AllowedFor({OFFICER, CASE_WORKER, TEAM_MANAGER, PROVIDER})
    public List<ProviderView> providers() {
        return providers.list();
    }

    @POST
    @Path("providers")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(OFFICER)
    @APIResponseSchema(value = ProviderView.class, responseCode = "201")
    public Response addProvider(ProviderForm form) {
        return Response.status(201).entity(providers.create(or(form, ProviderForm::new))).build();
    }

    /** A housing officer corrects a provider; a provider's staff record their places free. */
    @PUT
    @Path("providers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor({OFFICER, PROVIDER})
    public ProviderView updateProvider(@PathParam("id") UUID id, ProviderForm form) {
        return providers.update(id, or(form, ProviderForm::new));
    }

    /** An A1 completed: scored under the scheme in force and put on the waiting list. */
    @POST
    @Path("a1s")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponseSchema(value = A1View.class, responseCode = "201")
    public Response completeA1(A1Form form) {
        return Response.status(201).entity(a1s.create(or(form, A1Form::new))).build();
    }

    /** An A1 with its score explained item by item; a provider reads only one sent to it. */
    @GET
    @Path("a1s/{id}")
    @AllowedFor({OFFICER, CASE_WORKER, TEAM_MANAGER, PROVIDER})
    public A1View a1(@PathParam("id") UUID id) {
        return a1s.get(id);
    }

    /** The Waiting List Manager sends the A1 to providers. */
    @POST
    @Path("a1s/{id}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(OFFICER)
    public A1View sendA1(@PathParam("id") UUID id, OffersForm form) {
        return a1s.send(id, or(form, OffersForm::new));
    }

    /** Move-in, a breakdown (the provider placed with, or a housing officer), or withdrawal (a housing officer). */
    @POST
    @Path("a1s/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor({OFFICER, PROVIDER})
    public A1View a1Step(@PathParam("id") UUID id, A1StepForm form) {
        return a1s.step(id, or(form, A1StepForm::new));
    }

    /** The waiting list: highest score first, then the longest wait. */
    @GET
    @Path("waiting-list")
    public List<WaitingView> waitingList() {
        return a1s.waitingList();
    }

    @GET
    @Path("waiting-list.xlsx")
    @Produces(Spreadsheets.MEDIA_TYPE)
    public Response waitingListSpreadsheet() {
        AuditTrail.record(AuditAction.EXPORT, "housing-waiting-list", today.date().toString(), "waiting list spreadsheet");
        return Response.ok(a1s.waitingListXlsx(), Spreadsheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"waiting-list-" + today.date() + ".xlsx\"").build();
    }

    /** The A1s sent to the caller's organisation. */
    @GET
    @Path("offers")
    @AllowedFor(PROVIDER)
    public List<ProviderOfferView> offers() {
        return a1s.offersForCaller();
    }

    /** A provider accepts or declines (an emergency referral cannot be declined). */
    @POST
    @Path("offers/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(PROVIDER)
    public OfferView answer(@PathParam("id") UUID id, OfferAnswerForm form) {
        return a1s.answer(id, or(form, OfferAnswerForm::new));
    }

    /** The scoring scheme's versions, newest first. */
    @GET
    @Path("scoring-scheme")
    @AllowedFor({OFFICER, CASE_WORKER, TEAM_MANAGER, PortalRole.Names.TENANT_ADMIN})
    public List<SchemeView> schemeVersions() {
        return schemes.versions();
    }

    /** A new version of the scheme from a date, edited from the newest (409 with what changed otherwise). */
    @PUT
    @Path("scoring-scheme")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor({OFFICER, PortalRole.Names.TENANT_ADMIN})
    public SchemeSaved saveScheme(SchemeForm form) {
        return schemes.save(or(form, SchemeForm::new));
    }
}
