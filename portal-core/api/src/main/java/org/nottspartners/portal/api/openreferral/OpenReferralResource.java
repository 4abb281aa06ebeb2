package org.nottspartners.portal.api.openreferral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nottspartners.portal.api.TenantGate;
import org.nottspartners.portal.core.directory.Directory;
import org.nottspartners.portal.core.directory.DirectoryOrganisation;
import org.nottspartners.portal.core.directory.DirectoryPage;
import org.nottspartners.portal.core.directory.DirectorySearch;
import org.nottspartners.portal.core.directory.DirectoryService;
import org.nottspartners.portal.core.directory.DirectoryTaxonomy;
import org.nottspartners.portal.core.directory.DirectoryTerm;
import org.nottspartners.portal.core.directory.OrukJson;
import org.nottspartners.portal.core.directory.SearchParameters;
import org.nottspartners.portal.core.directory.ServiceEntry;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * A council's directory as the Open Referral UK profile's API (schema/openapi.json): {@code /}, {@code /services},
 * {@code /services/{id}}, {@code /service_at_locations} (with {@code postcode} and {@code proximity}),
 * {@code /service_at_locations/{id}}, {@code /taxonomies}, {@code /taxonomy_terms} and theirs by id. Pages are numbered
 * from 1, 50 to a page unless {@code per_page} (at most 500) says otherwise. An id that is not one of this council's
 * answers 404, whether it is another council's or none; a parameter that cannot be read answers 400 naming it.
 */
@Path("{tenant}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpenReferralResource {

    private static final String NOT_HERE = "There is nothing with this id in this council's directory.";

    @Inject
    TenantGate gate;

    @Inject
    Directory directory;

    @Context
    UriInfo uri;

    @GET
    public JsonObject meta(@PathParam("tenant") String tenant) {
        gate.enterAsPublic(tenant);
        return OrukJson.meta();
    }

    @GET
    @Path("services")
    public JsonObject services(@PathParam("tenant") String tenant) {
        gate.enterAsPublic(tenant);
        DirectoryPage<DirectoryService> page = directory.search(search());
        Map<UUID, DirectoryOrganisation> orgs = directory.organisationsOf(page.items());
        return OrukJson.page(page, s -> OrukJson.serviceListItem(s, orgs.get(s.organisationId())));
    }

    @GET
    @Path("services/{id}")
    public JsonObject service(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        gate.enterAsPublic(tenant);
        return OrukJson.service(directory.entry(id(id)).orElseThrow(() -> new RecordNotFoundException(NOT_HERE)));
    }

    @GET
    @Path("service_at_locations")
    public JsonObject serviceAtLocations(@PathParam("tenant") String tenant) {
        gate.enterAsPublic(tenant);
        DirectorySearch q = search();
        String postcode = param("postcode");
        Directory.Near near = null;
        var proximity = SearchParameters.proximity(this::param);
        if (postcode != null && !postcode.isBlank()) {
            near = directory.near(postcode, proximity.orElse(null)).orElseThrow(() -> new InvalidInputException("postcode",
                    "The directory does not know where " + postcode.trim().toUpperCase() + " is; try a nearby postcode"));
        } else if (proximity.isPresent()) {
            throw new InvalidInputException("postcode", "Give the postcode the proximity is measured from");
        }
        DirectoryPage<Directory.Placed> page = directory.atLocations(q, near);
        Map<UUID, DirectoryOrganisation> orgs = directory.organisationsOf(page.items().stream().map(Directory.Placed::service).toList());
        return OrukJson.page(page, p -> OrukJson.serviceAtLocationListItem(p, orgs.get(p.service().organisationId())));
    }

    @GET
    @Path("service_at_locations/{id}")
    public JsonObject serviceAtLocation(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        gate.enterAsPublic(tenant);
        UUID linkId = id(id);
        UUID serviceId = directory.serviceOfPlacement(linkId).orElseThrow(() -> new RecordNotFoundException(NOT_HERE));
        ServiceEntry entry = directory.entryOrFail(serviceId);
        return OrukJson.serviceAtLocation(entry, entry.placements().stream().filter(p -> p.link().id().equals(linkId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(NOT_HERE)));
    }

    @GET
    @Path("taxonomies")
    public JsonObject taxonomies(@PathParam("tenant") String tenant) {
        gate.enterAsPublic(tenant);
        DirectorySearch q = search();
        return OrukJson.page(directory.taxonomies(q.page(), q.perPage()), t -> OrukJson.taxonomy(t, null));
    }

    @GET
    @Path("taxonomies/{id}")
    public JsonObject taxonomy(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        gate.enterAsPublic(tenant);
        DirectoryTaxonomy t = directory.taxonomy(id(id)).orElseThrow(() -> new RecordNotFoundException(NOT_HERE));
        List<DirectoryTerm> terms = directory.terms().stream().filter(x -> x.taxonomyId().equals(t.id())).toList();
        return OrukJson.taxonomy(t, terms);
    }

    @GET
    @Path("taxonomy_terms")
    public JsonObject terms(@PathParam("tenant") String tenant) {
        gate.enterAsPublic(tenant);
        DirectorySearch q = search();
        return OrukJson.page(directory.terms(q.page(), q.perPage()), OrukJson.terms(directory.taxonomies()));
    }

    @GET
    @Path("taxonomy_terms/{id}")
    public JsonObject term(@PathParam("tenant") String tenant, @PathParam("id") String id) {
        gate.enterAsPublic(tenant);
        DirectoryTerm t = directory.term(id(id)).orElseThrow(() -> new RecordNotFoundException(NOT_HERE));
        return OrukJson.term(t, directory.taxonomy(t.taxonomyId()).orElse(null));
    }

    private DirectorySearch search() {
        return SearchParameters.parse(this::param, true);
    }

    private String param(String name) {
        return uri.getQueryParameters().getFirst(name);
    }

    /** An id in the address: one that is not a UUID names nothing here. */
    private static UUID id(String id) {
        try {
            UUID u = UUID.fromString(id);
            if (u.toString().equalsIgnoreCase(id)) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // falls through: nothing has this id
        }
        throw new RecordNotFoundException(NOT_HERE);
    }

}
