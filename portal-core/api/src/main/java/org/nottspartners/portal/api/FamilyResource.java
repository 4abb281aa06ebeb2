package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.access.AllowedTo;
import org.nottspartners.portal.core.access.FamilyRecordAccess;
import org.nottspartners.portal.core.family.Family;
import org.nottspartners.portal.core.family.FamilyDirectory;
import org.nottspartners.portal.core.family.HouseholdAddresses;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;

/** Families (households) of a council: recorded by case workers and their managers. */
@Path("{tenant}/families")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedTo(FamilyRecordAccess.CHANGE) // households are kept by council staff (RULES.md §2)
public class FamilyResource {

    @Inject
    FamilyDirectory families;

    @Inject
    HouseholdAddresses households;

    @POST
    @APIResponseSchema(value = FamilyView.class, responseCode = "201")
    public Response create(@Valid FamilyRecordForms.FamilyForm form, @Context UriInfo uri) {
        QueryChecks.body(form, "Send the family's name and index child");
        FamilyView created = view(families.create(form.name, form.indexChildId));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public FamilyView read(@PathParam("id") UUID id) {
        return view(families.find(id).orElseThrow(() -> new RecordNotFoundException("There is no family " + id + " in this council.")));
    }

    @POST
    @Path("{id}/members")
    public FamilyView addMember(@PathParam("id") UUID id, @Valid FamilyRecordForms.MemberForm form) {
        QueryChecks.body(form, "Send the person to add");
        families.addMember(id, form.personId);
        return read(id);
    }

    /**
     * The household's addresses: the address its members share now (null when none is known or they live
     * apart), and each member's current address, the index child first.
     */
    @GET
    @Path("{id}/addresses")
    public HouseholdView addresses(@PathParam("id") UUID id) {
        List<HouseholdAddresses.MemberAddress> members = households.currentAddresses(id);
        return new HouseholdView(HouseholdAddresses.shared(members).map(a -> a.lines()).orElse(null), members.stream()
                .map(m -> new MemberAddressView(m.personId(), m.current() == null ? null : AddressView.of(m.current()))).toList());
    }

    /**
     * Records that members of the family moved together to one address on one day: each one's current
     * address is closed the day before; all of them move, or none (each with the version of their record read).
     */
    @POST
    @Path("{id}/moves")
    @APIResponseSchema(value = AddressView[].class, responseCode = "201")
    public Response moveTogether(@PathParam("id") UUID id, @Valid FamilyRecordForms.HouseholdMoveForm form) {
        QueryChecks.body(form, "Send who moved, the new address and the date they moved in");
        var address = form.check();
        return Response.status(201).entity(households.moveTogether(id, form.movers(), address, form.from).stream()
                .map(AddressView::of).toList()).build();
    }

    /** A household's shared address as lines (null when there is none) and where each member lives. */
    public record HouseholdView(List<String> sharedAddress, List<MemberAddressView> members) {
    }

    /** A member of a family and their current address (null when it is not known). */
    public record MemberAddressView(UUID personId, AddressView current) {
    }

    private FamilyView view(Family f) {
        return new FamilyView(f.id(), f.name(), f.indexChildId(), families.members(f.id()), f.version());
    }

    /** A family as the API shows it. */
    public record FamilyView(UUID id, String name, UUID indexChildId, List<UUID> members, long version) {
    }
}
