package org.nottspartners.portal.attendance;

import org.nottspartners.portal.attendance.roles.AttendanceRoles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.module.ModuleStatusView;
import org.nottspartners.portal.core.tenancy.TenantContext;

/**
 * The School Attendance module's REST API, reached at {@code /api/{tenant}/attendance} through the core, which
 * has already checked the caller, the council and that the module is switched on there.
 */
@RequestScoped
@AllowedFor({AttendanceRoles.Names.ATTENDANCE_OFFICER, AttendanceRoles.Names.ENFORCEMENT_OFFICER, PortalRole.Names.SCHOOL_STAFF,
        "case-worker"})
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    TenantContext tenant;

    @Inject
    AttendanceModule module;

    @Inject
    org.nottspartners.portal.attendance.register.RegisterImport registers;

    @Inject
    org.nottspartners.portal.attendance.register.PupilAttendance pupils;

    /** What the module is, for the council in the address. */
    @GET
    public ModuleStatusView status() {
        return ModuleStatusView.of(module, tenant.tenantId());
    }

    /**
     * A register file from a school (CSV: {@code urn,upn,date,session,code}), checked whole and written all or nothing;
     * a school sends its own school's, an attendance officer any of the council's.
     */
    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Path("registers")
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD) // the file is read as it comes (text/csv, say); its first line decides
    @AllowedFor({AttendanceRoles.Names.ATTENDANCE_OFFICER, PortalRole.Names.SCHOOL_STAFF})
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(
            value = org.nottspartners.portal.attendance.register.RegisterImport.Result.class, responseCode = "201")
    public jakarta.ws.rs.core.Response importRegister(java.io.InputStream csv,
            @jakarta.ws.rs.QueryParam("fileName") String fileName) {
        return jakarta.ws.rs.core.Response.status(201).entity(registers.importCsv(csv, fileName)).build();
    }

    @Inject
    org.nottspartners.portal.attendance.register.UnmatchedPupils unmatched;

    /** The pupils in registers whose UPN matches nobody yet, oldest first: an officer's queue, never dropped. */
    @GET
    @jakarta.ws.rs.Path("unmatched")
    @AllowedFor(AttendanceRoles.Names.ATTENDANCE_OFFICER)
    public java.util.List<org.nottspartners.portal.attendance.register.UnmatchedPupils.Waiting> unmatched(
            @jakarta.ws.rs.QueryParam("max") @jakarta.ws.rs.DefaultValue("100") int max) {
        if (max < 1 || max > 1000) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException("max", "Ask for between 1 and 1000 pupils");
        }
        return unmatched.waiting(max);
    }

    /** The officer recorded the pupil's UPN on the child's family record: the pupil leaves the queue. */
    @jakarta.ws.rs.DELETE
    @jakarta.ws.rs.Path("unmatched/{upn}")
    @AllowedFor(AttendanceRoles.Names.ATTENDANCE_OFFICER)
    public jakarta.ws.rs.core.Response resolveUnmatched(@jakarta.ws.rs.PathParam("upn") String upn) {
        unmatched.resolve(upn);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    /** A sample register file, to start from. */
    @GET
    @jakarta.ws.rs.Path("registers/sample.csv")
    @Produces("text/csv")
    public String sampleRegister() {
        return org.nottspartners.portal.attendance.register.RegisterImport.HEADER + "\n122500,L892101299001,2026-11-30,AM,/\n"
                + "122500,L892101299001,2026-11-30,PM,N\n";
    }

    /** A pupil's attendance over a period, possible sessions only, with persistent and severe absence. */
    @GET
    @jakarta.ws.rs.Path("pupils/{personId}/rates")
    @AllowedFor({AttendanceRoles.Names.ATTENDANCE_OFFICER, AttendanceRoles.Names.ENFORCEMENT_OFFICER})
    public org.nottspartners.portal.attendance.register.PupilAttendance.Rates rates(
            @jakarta.ws.rs.PathParam("personId") java.util.UUID personId, @jakarta.ws.rs.QueryParam("from") String from,
            @jakarta.ws.rs.QueryParam("to") String to) {
        return pupils.rates(personId, date("from", from), date("to", to));
    }

    /** Whether a parent may be given a penalty notice for the pupil on a day, the window found and why, in words. */
    @GET
    @jakarta.ws.rs.Path("pupils/{personId}/penalty-notice")
    @AllowedFor({AttendanceRoles.Names.ATTENDANCE_OFFICER, AttendanceRoles.Names.ENFORCEMENT_OFFICER})
    public org.nottspartners.portal.attendance.rules.PenaltyNoticeRule.Decision penaltyNotice(
            @jakarta.ws.rs.PathParam("personId") java.util.UUID personId, @jakarta.ws.rs.QueryParam("on") String on,
            @jakarta.ws.rs.QueryParam("parentId") java.util.UUID parentId) {
        return notices.eligibility(personId, parentId, date("on", on));
    }

    @Inject
    org.nottspartners.portal.attendance.notices.PenaltyNotices notices;

    /** A school's (or an officer's) request for a notice to one parent of the child: checked against the rule and the law. */
    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Path("pupils/{personId}/penalty-notices")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor({AttendanceRoles.Names.ATTENDANCE_OFFICER, AttendanceRoles.Names.ENFORCEMENT_OFFICER})
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema(value = NoticeView.class, responseCode = "201")
    public jakarta.ws.rs.core.Response requestNotice(@jakarta.ws.rs.PathParam("personId") java.util.UUID personId,
            NoticeRequest form) {
        if (form == null) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException("parentId", "Choose the parent the notice is for");
        }
        return jakarta.ws.rs.core.Response.status(201).entity(NoticeView.of(notices.request(personId, form.parentId))).build();
    }

    /** The child's notices, newest first. */
    @GET
    @jakarta.ws.rs.Path("pupils/{personId}/penalty-notices")
    @AllowedFor({AttendanceRoles.Names.ATTENDANCE_OFFICER, AttendanceRoles.Names.ENFORCEMENT_OFFICER})
    public java.util.List<NoticeView> notices(@jakarta.ws.rs.PathParam("personId") java.util.UUID personId) {
        return notices.of(personId).stream().map(NoticeView::of).toList();
    }

    /** Issued, paid or withdrawn, from the version read: {@code {"step":"ISSUED","version":0}}. */
    @jakarta.ws.rs.POST
    @jakarta.ws.rs.Path("penalty-notices/{id}/steps")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @AllowedFor(AttendanceRoles.Names.ENFORCEMENT_OFFICER)
    public NoticeView noticeStep(@jakarta.ws.rs.PathParam("id") java.util.UUID id, NoticeStep form) {
        if (form == null || form.step == null || form.version == null) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException("step",
                    "Say what happened (ISSUED, PAID or WITHDRAWN) and give the version you read");
        }
        return NoticeView.of(switch (form.step) {
            case "ISSUED" -> notices.issue(id, form.version);
            case "PAID" -> notices.pay(id, form.version);
            case "WITHDRAWN" -> notices.withdraw(id, form.version, form.reason);
            default -> throw new org.nottspartners.portal.core.problem.InvalidInputException("step",
                    "Say what happened: ISSUED, PAID or WITHDRAWN");
        });
    }

    /** A request for a notice: to which parent. */
    public static class NoticeRequest {
        public java.util.UUID parentId;
    }

    /** A step of a notice. */
    public static class NoticeStep {
        public String step;
        public Long version;
        public String reason;
    }

    /** A notice as the API shows it. */
    public record NoticeView(java.util.UUID id, java.util.UUID childId, java.util.UUID parentId, String status,
            java.time.LocalDate requestedOn, java.time.LocalDate windowFrom, java.time.LocalDate windowTo, int sessions,
            int pounds, Integer reducedPounds, java.time.LocalDate issuedOn, java.time.LocalDate paidOn, Integer paidPounds,
            java.time.LocalDate withdrawnOn, long version) {
        static NoticeView of(org.nottspartners.portal.attendance.notices.PenaltyNotice n) {
            return new NoticeView(n.id(), n.childId(), n.parentId(), n.status().name(), n.requestedOn(), n.windowFrom(),
                    n.windowTo(), n.sessions(), n.pounds(), n.reducedPounds(), n.issuedOn(), n.paidOn(), n.paidPounds(),
                    n.withdrawnOn(), n.version());
        }
    }

    private static java.time.LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException(field, "Give the date, like 2026-11-30");
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.nottspartners.portal.core.problem.InvalidInputException(field, "Write the date like 2026-11-30, not '"
                    + text.strip() + "'");
        }
    }
}
