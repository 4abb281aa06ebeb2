package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.access.AllowedWithGrant;
import org.nottspartners.portal.core.calendar.ClockStatus;
import org.nottspartners.portal.core.clock.ClockCount;
import org.nottspartners.portal.core.clock.ClockRecord;
import org.nottspartners.portal.core.clock.StandardClocks;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** The council's quality-standard clocks: counts per team, worker and standard, and the clocks behind them. */
@Path("{tenant}/clocks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedFor(kinds = PortalRole.Kind.COUNCIL_STAFF)
public class ClockResource {

    @Inject
    org.nottspartners.portal.core.time.Today today;


    @Inject
    StandardClocks clocks;

    @Inject
    org.nottspartners.portal.core.identity.CurrentUser caller;

    @Inject
    org.nottspartners.portal.core.tenancy.TenantContext tenant;

    /** Running clocks in time, due soon and overdue, by team, worker and standard. */
    @GET
    @Path("dashboard")
    public List<ClockCount> dashboard() {
        return clocks.dashboard(today.now(), visible());
    }

    /** Running clocks, soonest due first, optionally for one team, one worker and one status. */
    @GET
    public List<ClockView> running(@QueryParam("team") String team, @QueryParam("worker") String worker,
            @QueryParam("status") String status, @QueryParam("max") @DefaultValue("50") int max) {
        QueryChecks.between("max", max, 1, 500, "Ask for between 1 and 500 clocks");
        ClockStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ClockStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "Choose IN_TIME, DUE_SOON, OVERDUE or RELAXED");
            }
        }
        OffsetDateTime now = today.now();
        return clocks.running(blankToNull(team), blankToNull(worker), wanted, now, max, visible()).stream()
                .map(ClockView::of).toList();
    }

    /**
     * A group manager relaxes the standard for one piece of work (002 §3c5), with the reason; the relaxation
     * is reviewed weekly.
     */
    @POST
    @Path("{id}/relaxation")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedWithGrant(PortalRole.Grant.RELAX_STANDARDS)
    public ClockView relax(@PathParam("id") UUID id, RelaxationForm f) {
        QueryChecks.body(f, "Send the form as JSON");
        String by = caller.displayName() == null ? caller.userId() : caller.displayName();
        return ClockView.of(clocks.relax(id, version(f.version), f.reason, by, today.now(), visible()));
    }

    /** The weekly review of a relaxation: {@code keep} true holds it for another week, false ends it. */
    @POST
    @Path("{id}/relaxation/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedWithGrant(PortalRole.Grant.RELAX_STANDARDS)
    public ClockView review(@PathParam("id") UUID id, ReviewForm f) {
        QueryChecks.body(f, "Send the form as JSON");
        if (f.keep == null) {
            throw new InvalidInputException("keep", "Say whether the relaxation holds for another week: true or false");
        }
        return ClockView.of(clocks.reviewRelaxation(id, version(f.version), f.keep, f.note, today.now(),
                visible()));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the version of the clock you read, so that nobody's change is lost");
        }
        return version;
    }

    public static class RelaxationForm {
        public Long version;
        public String reason;
    }

    public static class ReviewForm {
        public Long version;
        public Boolean keep;
        public String note;
    }

    /** Only the clocks of the modules the caller works in as staff. */
    private java.util.Set<String> visible() {
        return clocks.modulesVisibleTo(caller.roles().rolesIn(tenant.tenantId()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record ClockView(UUID id, String standardId, String standardName, String subjectType, String subjectId,
            String subjectLabel, String team, String worker, OffsetDateTime startedAt, OffsetDateTime dueAt, String dueRule,
            String relaxedBy, String relaxationReason, OffsetDateTime relaxationReviewDue, long version) {
        static ClockView of(ClockRecord c) {
            return new ClockView(c.id(), c.standardId(), c.standardName(), c.subjectType(), c.subjectId(), c.subjectLabel(),
                    c.team(), c.worker(), c.startedAt(), c.dueAt(), c.dueRule(), c.relaxedBy(), c.relaxationReason(),
                    c.relaxationReviewDue(), c.version());
        }
    }
}
