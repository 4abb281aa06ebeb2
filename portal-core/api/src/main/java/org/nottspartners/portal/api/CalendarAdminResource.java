package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.calendar.CalendarDay;
import org.nottspartners.portal.core.calendar.CalendarDayKind;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.calendar.SchoolTerm;
import org.nottspartners.portal.core.identity.PortalRole;

/**
 * A council's own calendar, kept by its administrators: closure days, bank holidays added or cancelled,
 * INSET days and school terms. Every working-day and school-week count uses it at once.
 */
@Path("{tenant}/admin/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
public class CalendarAdminResource {

    @Inject
    CouncilCalendars calendars;

    @GET
    @Path("days")
    public List<DayView> days() {
        return calendars.days().stream().map(DayView::of).toList();
    }

    @POST
    @Path("days")
    @APIResponseSchema(value = DayView.class, responseCode = "201")
    public Response mark(DayForm form) {
        QueryChecks.body(form, "Send the day, its kind and a description");
        return Response.status(201).entity(DayView.of(calendars.mark(form.day, form.kind, form.description))).build();
    }

    @DELETE
    @Path("days/{id}")
    public Response unmark(@PathParam("id") UUID id) {
        calendars.unmark(id);
        return Response.noContent().build();
    }

    @GET
    @Path("terms")
    public List<TermView> terms() {
        return calendars.terms().stream().map(TermView::of).toList();
    }

    @POST
    @Path("terms")
    @APIResponseSchema(value = TermView.class, responseCode = "201")
    public Response addTerm(TermForm form) {
        QueryChecks.body(form, "Send the term's name and its first and last days");
        return Response.status(201).entity(TermView.of(calendars.addTerm(form.name, form.startsOn, form.endsOn))).build();
    }

    @DELETE
    @Path("terms/{id}")
    public Response removeTerm(@PathParam("id") UUID id) {
        calendars.removeTerm(id);
        return Response.noContent().build();
    }

    /** A day the council marks: COUNCIL_CLOSURE, BANK_HOLIDAY_ADDED, BANK_HOLIDAY_REMOVED or SCHOOL_CLOSURE. */
    public static class DayForm {
        public LocalDate day;
        public CalendarDayKind kind;
        public String description;
    }

    public record DayView(UUID id, LocalDate day, String kind, String description) {
        static DayView of(CalendarDay d) {
            return new DayView(d.id(), d.day(), d.kind().name(), d.description());
        }
    }

    /** A run of term dates (a half term). */
    public static class TermForm {
        public String name;
        public LocalDate startsOn;
        public LocalDate endsOn;
    }

    public record TermView(UUID id, String name, LocalDate startsOn, LocalDate endsOn) {
        static TermView of(SchoolTerm t) {
            return new TermView(t.id(), t.name(), t.startsOn(), t.endsOn());
        }
    }
}
