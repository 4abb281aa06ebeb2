package org.nottspartners.portal.licensing;

import org.nottspartners.portal.licensing.roles.LicensingRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.licensing.applications.Application;
import org.nottspartners.portal.licensing.applications.ApplicationForm;
import org.nottspartners.portal.licensing.applications.ApplicationKind;
import org.nottspartners.portal.licensing.applications.Applications;
import org.nottspartners.portal.licensing.checks.RuleCheckForm;
import org.nottspartners.portal.licensing.checks.RuleCheckView;
import org.nottspartners.portal.licensing.checks.RuleChecks;

/**
 * The Child Licensing module's REST API, reached at {@code /api/{tenant}/licensing} through the core, which has already
 * checked the caller, the council and that the module is switched on there. A member of the public reaches the
 * endpoints that name their role in any council (the one where the child lives); their applications are theirs alone.
 */
@RequestScoped
@AllowedFor({LicensingRoles.Names.LICENSING_OFFICER, PortalRole.Names.PUBLIC_APPLICANT})
@Produces(MediaType.APPLICATION_JSON)
public class LicensingResource {

    private static final String OFFICER = LicensingRoles.Names.LICENSING_OFFICER;
    private static final String APPLICANT = PortalRole.Names.PUBLIC_APPLICANT;
    private static final String SCHOOL = PortalRole.Names.SCHOOL_STAFF;

    @Inject
    TenantContext tenant;

    @Inject
    LicensingModule module;

    @Inject
    RuleChecks checks;

    @Inject
    Applications applications;

    @Inject
    org.nottspartners.portal.core.time.Today today;

    @Inject
    org.nottspartners.portal.licensing.ApplicationViews views;

    @Inject
    org.nottspartners.portal.licensing.notifications.Notifications notifications;

    @Inject
    org.nottspartners.portal.licensing.consultation.Consultations consultations;

    @Inject
    org.nottspartners.portal.licensing.consultation.FamilyRecordCheck familyRecord;

    @Inject
    org.nottspartners.portal.licensing.licences.Licences licences;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }

    /**
     * Whether a child may perform or work on the days and times given, in this council (its term dates and settings):
     * allowed or not, each breach in words. Nothing is saved; the same check runs on an application before it is sent.
     */
    @POST
    @Path("rule-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleCheckView ruleCheck(RuleCheckForm form) {
        return checks.check(form);
    }

    /** Starts an application (a member of the public): a draft only the applicant sees. */
    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(APPLICANT)
    @APIResponseSchema(value = LicensingViews.ApplicationView.class, responseCode = "201")
    public Response start(LicensingViews.NewApplicationForm form) {
        ApplicationKind kind = form == null || form.kind == null ? null : Arrays.stream(ApplicationKind.values())
                .filter(k -> k.name().equalsIgnoreCase(form.kind.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "Choose what you are applying for: PERFORMANCE, EMPLOYMENT, CHAPERONE or BODY_OF_PERSONS"));
        return Response.status(201).entity(view(applications.start(kind))).build();
    }

    /** An applicant's own applications; an officer's queue (sent ones, the oldest waiting first), of one status or all. */
    @GET
    @Path("applications")
    public List<LicensingViews.ApplicationSummary> list(@QueryParam("status") String status) {
        if (applications.isApplicant()) {
            return applications.mine().stream().map(LicensingViews.ApplicationSummary::of).toList();
        }
        if (!applications.isOfficer()) {
            return List.of(); // a role the rule lets in that is neither: nothing of anyone's
        }
        Optional<Application.Status> only = status == null || status.isBlank() ? Optional.empty()
                : Optional.of(Arrays.stream(Application.Status.values()).filter(s -> s.name().equalsIgnoreCase(status.strip()))
                        .findFirst().orElseThrow(() -> new InvalidInputException("status",
                                "The status is one of SUBMITTED, GRANTED, REFUSED or WITHDRAWN")));
        return applications.queue(only).stream().map(LicensingViews.ApplicationSummary::of).toList();
    }

    /** One application: the applicant's own, or any sent one for an officer; 404 otherwise. */
    @GET
    @Path("applications/{id}")
    public LicensingViews.ApplicationView get(@PathParam("id") UUID id) {
        return view(applications.visible(id));
    }

    /** Saves the answers given on a draft (those left out are kept): save and come back later. */
    @PUT
    @Path("applications/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(APPLICANT)
    public LicensingViews.ApplicationView save(@PathParam("id") UUID id, ApplicationForm form) {
        return view(applications.save(id, form));
    }

    /** Replaces a draft's days and times. */
    @PUT
    @Path("applications/{id}/days")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(APPLICANT)
    public LicensingViews.ApplicationView saveDays(@PathParam("id") UUID id, LicensingViews.ApplicationDaysForm form) {
        if (form == null) {
            throw new InvalidInputException("days", "Send the days and the version of the application you read");
        }
        return view(applications.saveDays(id, form.version, form.days));
    }

    /**
     * Adds a document to a draft (the body is the file as it is: a PDF, JPEG or PNG, checked by its content, whatever its
     * name; at most the council's size): {@code ?kind=BIRTH_CERTIFICATE|PHOTO&version=..&fileName=..}.
     */
    @POST
    @Path("applications/{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @AllowedFor(APPLICANT)
    @org.nottspartners.portal.core.problem.LimitsItsOwnBody // the council's upload size setting
    public LicensingViews.ApplicationView attach(@PathParam("id") UUID id, @QueryParam("kind") String kind,
            @QueryParam("version") Long version, @QueryParam("fileName") String fileName, java.io.InputStream file) {
        var chosen = kind == null ? null : Arrays.stream(org.nottspartners.portal.licensing.applications.Attachment.Kind.values())
                .filter(k -> k.name().equalsIgnoreCase(kind.strip())).findFirst().orElse(null);
        return view(applications.attach(id, version, chosen, fileName, file));
    }

    /** The producer invites the child's parent to complete their part (a performance licence); e-mailed once saved. */
    @POST
    @Path("applications/{id}/parent-invitation")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(APPLICANT)
    public LicensingViews.ApplicationView inviteParent(@PathParam("id") UUID id, LicensingViews.ApplicationVersionForm form) {
        return view(applications.inviteParent(id, form == null ? null : form.version));
    }

    /** The applications the signed-in member of the public is invited to as the child's parent (by their verified e-mail). */
    @GET
    @Path("parent-parts")
    @AllowedFor(APPLICANT)
    public List<LicensingViews.ParentPartView> parentParts() {
        return applications.invitedAsParent().stream().map(views::forParent).toList();
    }

    /** The parent's own part: consent and the declaration of the child's health. */
    @PUT
    @Path("parent-parts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(APPLICANT)
    public LicensingViews.ParentPartView parentPart(@PathParam("id") UUID id, LicensingViews.ParentPartForm form) {
        LicensingViews.ParentPartForm f = form == null ? new LicensingViews.ParentPartForm() : form;
        return views.forParent(applications.parentPart(id, f.version, f.parentConsent, f.healthDeclaration));
    }

    /** Sends a complete draft to the council (every missing answer named at once; 409 if too late to apply). */
    @POST
    @Path("applications/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(APPLICANT)
    public LicensingViews.ApplicationView submit(@PathParam("id") UUID id, LicensingViews.ApplicationVersionForm form) {
        return view(applications.submit(id, form == null ? null : form.version));
    }

    /** Withdraws a draft or a sent application not yet decided. */
    @POST
    @Path("applications/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(APPLICANT)
    public LicensingViews.ApplicationView withdraw(@PathParam("id") UUID id, LicensingViews.ApplicationVersionForm form) {
        return view(applications.withdraw(id, form == null ? null : form.version));
    }

    /** The officer's decision: GRANT with any conditions, or REFUSE with the reasons. */
    @POST
    @Path("applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(OFFICER)
    public LicensingViews.ApplicationView decide(@PathParam("id") UUID id, LicensingViews.LicenceDecisionForm form) {
        if (form == null || form.outcome == null || !List.of("GRANT", "REFUSE").contains(form.outcome.strip().toUpperCase())) {
            throw new InvalidInputException("outcome", "Choose GRANT or REFUSE");
        }
        return view(applications.decide(id, form.version, form.outcome.strip().equalsIgnoreCase("GRANT"), form.words));
    }

    /**
     * The officer's check of the application's child against the council's family record: the people it may be, each
     * with what every service's records say of them (early help's open case, say). Each person read is audited.
     */
    @GET
    @Path("applications/{id}/family-record-check")
    @AllowedFor(OFFICER)
    public List<org.nottspartners.portal.licensing.consultation.FamilyRecordCheck.Found> familyRecordCheck(@PathParam("id") UUID id) {
        return familyRecord.of(applications.visible(id));
    }

    /** The officer asks a school user of the council for the school's view of a sent application. */
    @POST
    @Path("applications/{id}/school-views")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(OFFICER)
    public LicensingViews.ApplicationView askSchool(@PathParam("id") UUID id, LicensingViews.SchoolViewRequestForm form) {
        consultations.askSchool(id, form == null ? null : form.schoolUser);
        return view(applications.visible(id));
    }

    /** The officer records an unannounced inspection of the venue or lodgings. */
    @POST
    @Path("applications/{id}/inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(OFFICER)
    public LicensingViews.ApplicationView inspected(@PathParam("id") UUID id, LicensingViews.InspectionForm form) {
        LicensingViews.InspectionForm f = form == null ? new LicensingViews.InspectionForm() : form;
        consultations.inspected(id, f.on, f.place, f.findings, f.satisfactory);
        return view(applications.visible(id));
    }

    /** The requests for the school's view asked of the signed-in school user, those not yet answered first. */
    @GET
    @Path("school-views")
    @AllowedFor(SCHOOL)
    public List<LicensingViews.SchoolRequestView> askedOfMe() {
        return consultations.askedOfMe().stream().map(views::forSchool).toList();
    }

    /**
     * The school's copy of the licence or permit (RULES.md §5: copies go to the school), for the school user whose view was
     * asked; 404 until it is granted, and for anyone else.
     */
    @GET
    @Path("school-views/{id}/licence.pdf")
    @Produces("application/pdf")
    @AllowedFor(SCHOOL)
    public Response schoolCopy(@PathParam("id") UUID id) {
        var request = consultations.askedOfMe(id);
        var document = licences.of(request.applicationId()).orElseThrow(() -> new org.nottspartners.portal.core.persistence
                .RecordNotFoundException("This application has no licence: it has not been granted."));
        return Response.ok(document.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build();
    }

    /** The school user's answer to a request asked of them. */
    @POST
    @Path("school-views/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(SCHOOL)
    public LicensingViews.SchoolRequestView answerSchoolView(@PathParam("id") UUID id, LicensingViews.SchoolViewAnswerForm form) {
        return views.forSchool(consultations.answer(id, form == null ? null : form.version, form == null ? null : form.answer));
    }

    /**
     * Tells the council of a child working or performing without a licence or permit (anyone signed in: a member of the
     * public, a partner, council staff). The reporter is told it was received, and sees nothing more of it.
     */
    @POST
    @Path("unlicensed-work")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(value = {APPLICANT, OFFICER}, kinds = {PortalRole.Kind.PARTNER, PortalRole.Kind.COUNCIL_STAFF})
    @APIResponseSchema(value = LicensingViews.NotificationReceipt.class, responseCode = "201")
    public Response reportUnlicensedWork(LicensingViews.UnlicensedWorkForm form) {
        var n = notifications.report(form == null ? null : form.child, form == null ? null : form.work);
        return Response.status(201).entity(new LicensingViews.NotificationReceipt(n.id(), n.reportedAt())).build();
    }

    /** The notifications of unlicensed work, the open first, with their follow-up. */
    @GET
    @Path("unlicensed-work")
    @AllowedFor(OFFICER)
    public List<LicensingViews.NotificationView> unlicensedWork() {
        return notifications.all().stream().map(this::notificationView).toList();
    }

    /** A step of the follow-up (002 §14d), with what was done. */
    @POST
    @Path("unlicensed-work/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(OFFICER)
    public LicensingViews.NotificationView followUp(@PathParam("id") UUID id, LicensingViews.FollowUpForm form) {
        var step = form == null || form.step == null ? null : Arrays.stream(
                org.nottspartners.portal.licensing.notifications.UnlicensedWork.Step.values())
                .filter(s -> s.name().equalsIgnoreCase(form.step.strip())).findFirst().orElse(null);
        return notificationView(notifications.followUp(id, form == null ? null : form.version, step, form == null ? null : form.note));
    }

    private LicensingViews.NotificationView notificationView(org.nottspartners.portal.licensing.notifications.UnlicensedWork n) {
        return new LicensingViews.NotificationView(n.id(), n.version(), n.reportedBy(), n.byPublic(), n.child(), n.work(), n.reportedAt(),
                n.lastStep() == null ? null : n.lastStep().name(), notifications.followUps(n.id()).stream()
                        .map(f -> new LicensingViews.FollowUpView(f.step().name(), f.note(), f.doneAt(), f.doneBy())).toList());
    }

    /**
     * The body of persons approvals in force today (RULES.md §5: a child performing under one needs no licence), for the
     * public and officers: the organisation, the performances, where and when; nothing of the applicant.
     */
    @GET
    @Path("approvals")
    public List<LicensingViews.ApprovalView> approvals() {
        return applications.currentApprovals(today.date()).stream().map(a -> new LicensingViews.ApprovalView(a.reference(),
                a.organisation(), a.title(), a.place(), a.startsOn(), a.endsOn())).toList();
    }

    /** The licence or permit as issued (a PDF), for its applicant or an officer; 404 until granted. */
    @GET
    @Path("applications/{id}/licence.pdf")
    @Produces("application/pdf")
    public Response licence(@PathParam("id") UUID id) {
        Application a = applications.visible(id);
        var document = licences.of(a.id()).orElseThrow(() -> new org.nottspartners.portal.core.persistence.RecordNotFoundException(
                "This application has no licence: it has not been granted."));
        return Response.ok(document.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build();
    }

    private LicensingViews.ApplicationView view(Application a) {
        return views.of(a);
    }
}
