package org.nottspartners.portal.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.person.Wards;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * A council's map of postcodes to its wards (City, 004), replaced whole by its administrators, for
 * example from the ONS postcode directory. A person's ward is worked out when their postcode is saved.
 */
@Path("{tenant}/admin/wards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
public class WardAdminResource {

    @Inject
    Wards wards;

    @GET
    public List<WardEntryView> entries() {
        return wards.entries().stream().map(e -> new WardEntryView(e.postcodePrefix(), e.ward())).toList();
    }

    /** Replaces the whole map; a bad entry changes nothing. */
    @PUT
    public WardMapView replace(WardMapForm form) {
        QueryChecks.body(form, "Send the map of postcodes to wards");
        if (form.wards == null || form.wards.isEmpty()) {
            throw new InvalidInputException("wards", "Send at least one postcode, sector or district with its ward");
        }
        return new WardMapView(wards.replace(form.wards));
    }

    /** Postcode, sector ({@code NG7 2}) or district ({@code NG7}) to ward name. */
    public static class WardMapForm {
        public Map<String, String> wards;
    }

    public record WardEntryView(String postcodePrefix, String ward) {
    }

    public record WardMapView(int entries) {
    }
}
