package org.nottspartners.portal.api;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.core.access.AllowedFor;
import org.nottspartners.portal.core.directory.Directory;
import org.nottspartners.portal.core.directory.DirectoryAccess;
import org.nottspartners.portal.core.directory.DirectoryLocation;
import org.nottspartners.portal.core.directory.DirectoryOrganisation;
import org.nottspartners.portal.core.directory.DirectoryPage;
import org.nottspartners.portal.core.directory.DirectorySearch;
import org.nottspartners.portal.core.directory.DirectoryService;
import org.nottspartners.portal.core.directory.DirectoryTaxonomy;
import org.nottspartners.portal.core.directory.DirectoryTerm;
import org.nottspartners.portal.core.directory.LocationForm;
import org.nottspartners.portal.core.directory.OrukImport;
import org.nottspartners.portal.core.directory.ServiceEntry;
import org.nottspartners.portal.core.directory.ServiceForm;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * A council's services directory for its staff and partners (issue 19): anyone working in the council (not members of
 * the public, who read the open data: an entry's history names staff) finds services
 * ("find a service" for a plan's target); the council's administrators keep the directory, and a partner organisation's
 * staff keep their own organisation's services ({@link DirectoryAccess} decides, for these endpoints and the pages).
 * The same directory is published without sign-in at {@code /open/{council}} to the Open Referral UK standard.
 */
@Path("{tenant}/directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    Directory directory;

    @Inject
    DirectoryAccess access;

    @Inject
    OrukImport importer;

    /** Services that match, by name, a page at a time ({@code search}, {@code age}, {@code taxonomy_term_id}, {@code day}...). */
    @GET
    @Path("services")
    @AllowedFor(kinds = {PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER, PortalRole.Kind.ADMINISTRATOR,
            PortalRole.Kind.PERFORMANCE})
    public PageView<ServiceSummary> services(@QueryParam("search") String search, @QueryParam("age") String age,
            @QueryParam("taxonomy_term_id") String term, @QueryParam("organization_id") String organisation,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        DirectorySearch q = org.nottspartners.portal.core.directory.SearchParameters.parse(Map.of(
                "search", orEmpty(search), "age", orEmpty(age), "taxonomy_term_id", orEmpty(term),
                "organization_id", orEmpty(organisation), "page", orEmpty(page), "per_page", orEmpty(perPage))::get, false);
        DirectoryPage<DirectoryService> found = directory.search(q);
        Map<UUID, DirectoryOrganisation> orgs = directory.organisationsOf(found.items());
        int months = directory.reviewMonths();
        LocalDate today = directory.today();
        return PageView.of(found, s -> ServiceSummary.of(s, orgs.get(s.organisationId()), months, today));
    }

    /** The entries due to be checked again that the caller keeps (all of them, for an administrator). */
    @GET
    @Path("services/due-for-review")
    @AllowedFor(kinds = {PortalRole.Kind.ADMINISTRATOR, PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER})
    public List<ServiceSummary> dueForReview() {
        Map<UUID, DirectoryOrganisation> orgs = directory.organisationsOf(directory.dueForReview());
        int months = directory.reviewMonths();
        return directory.dueForReview().stream().filter(s -> access.mayEdit(orgs.get(s.organisationId())))
                .map(s -> ServiceSummary.of(s, orgs.get(s.organisationId()), months, directory.today())).toList();
    }

    @GET
    @Path("services/{id}")
    @AllowedFor(kinds = {PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER, PortalRole.Kind.ADMINISTRATOR,
            PortalRole.Kind.PERFORMANCE})
    public ServiceView service(@PathParam("id") UUID id) {
        return view(directory.entryOrFail(id));
    }

    @POST
    @Path("services")
    @AllowedFor(kinds = {PortalRole.Kind.ADMINISTRATOR, PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER})
    public Response add(ServiceForm form) {
        QueryChecks.body(form, "Send the service's entry");
        return Response.status(201).entity(view(directory.save(null, form))).build();
    }

    @PUT
    @Path("services/{id}")
    @AllowedFor(kinds = {PortalRole.Kind.ADMINISTRATOR, PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER})
    public ServiceView change(@PathParam("id") UUID id, ServiceForm form) {
        QueryChecks.body(form, "Send the service's entry with the version you read");
        return view(directory.save(id, form));
    }

    /** "Checked and right today", against the version the checker read. */
    @POST
    @Path("services/{id}/checked")
    @AllowedFor(kinds = {PortalRole.Kind.ADMINISTRATOR, PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER})
    public ServiceView checked(@PathParam("id") UUID id, VersionForm form) {
        QueryChecks.body(form, "Send the version of the entry you checked");
        if (form.version == null) {
            throw new InvalidInputException("version", "Send the version of the entry you checked");
        }
        return view(directory.markChecked(id, form.version));
    }

    @GET
    @Path("organisations")
    @AllowedFor(kinds = {PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER, PortalRole.Kind.ADMINISTRATOR,
            PortalRole.Kind.PERFORMANCE})
    public List<OrganisationView> organisations() {
        return directory.organisations().stream().map(o -> OrganisationView.of(o, access.mayEdit(o))).toList();
    }

    @POST
    @Path("organisations")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public Response addOrganisation(OrganisationForm f) {
        QueryChecks.body(f, "Send the organisation's name and description");
        DirectoryOrganisation o = directory.saveOrganisation(null, f.name, f.description, f.email, f.website, f.signInOrganisation, null);
        return Response.status(201).entity(OrganisationView.of(o, true)).build();
    }

    @PUT
    @Path("organisations/{id}")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public OrganisationView changeOrganisation(@PathParam("id") UUID id, OrganisationForm f) {
        QueryChecks.body(f, "Send the organisation's name and description with the version you read");
        return OrganisationView.of(directory.saveOrganisation(id, f.name, f.description, f.email, f.website, f.signInOrganisation,
                f.version), true);
    }

    @GET
    @Path("locations")
    @AllowedFor(kinds = {PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER, PortalRole.Kind.ADMINISTRATOR,
            PortalRole.Kind.PERFORMANCE})
    public List<LocationView> locations() {
        return directory.locations().stream().map(LocationView::of).toList();
    }

    /** The council keeps its list of places, so that every service at a Family Hub names the same one. */
    @POST
    @Path("locations")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public Response addLocation(LocationForm f) {
        return Response.status(201).entity(LocationView.of(directory.addLocation(f))).build();
    }

    @GET
    @Path("taxonomies")
    @AllowedFor(kinds = {PortalRole.Kind.COUNCIL_STAFF, PortalRole.Kind.PARTNER, PortalRole.Kind.ADMINISTRATOR,
            PortalRole.Kind.PERFORMANCE})
    public List<TaxonomyView> taxonomies() {
        List<DirectoryTerm> terms = directory.terms();
        return directory.taxonomies().stream().map(t -> new TaxonomyView(t.id(), t.name(), t.description(), t.uri(),
                terms.stream().filter(x -> x.taxonomyId().equals(t.id())).map(TermView::of).toList(), t.version())).toList();
    }

    @POST
    @Path("taxonomies")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public Response addTaxonomy(TaxonomyForm f) {
        QueryChecks.body(f, "Send the taxonomy's name and description");
        DirectoryTaxonomy t = directory.addTaxonomy(f.name, f.description, f.uri, f.version);
        return Response.status(201).entity(new TaxonomyView(t.id(), t.name(), t.description(), t.uri(), List.of(), t.version())).build();
    }

    @POST
    @Path("taxonomies/{id}/terms")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public Response addTerm(@PathParam("id") UUID taxonomy, TermForm f) {
        QueryChecks.body(f, "Send the term's name and description");
        return Response.status(201).entity(TermView.of(directory.addTerm(taxonomy, f.parentId, f.code, f.name, f.description,
                f.termUri))).build();
    }

    /**
     * Imports an Open Referral UK feed (a page of fully nested services, a list of them, or one): each service taken
     * whole or refused with its reasons; those already in the directory are left as they are.
     */
    @POST
    @Path("import")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public OrukImport.Report importFeed(String feed) {
        return importer.run(feed);
    }

    /** Replaces the council's table of postcode centroids: {"postcodes": {"NG2 3NG": [52.94, -1.15]}}. */
    @PUT
    @Path("postcodes")
    @AllowedFor(kinds = PortalRole.Kind.ADMINISTRATOR)
    public Map<String, Integer> postcodes(PostcodesForm f) {
        QueryChecks.body(f, "Send the postcodes with their latitude and longitude");
        if (f.postcodes == null || f.postcodes.isEmpty()) {
            throw new InvalidInputException("postcodes", "Send at least one postcode with its latitude and longitude");
        }
        Map<String, double[]> centroids = new java.util.LinkedHashMap<>();
        f.postcodes.forEach((p, ll) -> centroids.put(p, ll == null || ll.size() != 2 || ll.contains(null) ? null
                : new double[] {ll.get(0), ll.get(1)}));
        return Map.of("postcodes", directory.replacePostcodes(centroids));
    }

    private ServiceView view(ServiceEntry e) {
        return ServiceView.of(e, access.mayEdit(e.organisation()), directory.reviewMonths(), directory.today(),
                directory.historyOf(e.service().id()).stream().map(h -> new HistoryView(h.happenedAt(), h.byUser(), h.description()))
                        .toList());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- forms and views ----------------------------------------------------------------------------------------

    public static class VersionForm {
        public Long version;
    }

    public static class OrganisationForm {
        public String name;
        public String description;
        public String email;
        public String website;
        /** The organisation its staff sign in for: they keep its services. */
        public String signInOrganisation;
        public Long version;
    }

    public static class TaxonomyForm {
        public String name;
        public String description;
        public String uri;
        public String version;
    }

    public static class TermForm {
        public UUID parentId;
        public String code;
        public String name;
        public String description;
        public String termUri;
    }

    public static class PostcodesForm {
        public Map<String, List<Double>> postcodes;
    }

    public record PageView<T>(List<T> items, long totalItems, int totalPages, int page, int perPage) {
        static <S, T> PageView<T> of(DirectoryPage<S> p, java.util.function.Function<S, T> f) {
            return new PageView<>(p.items().stream().map(f).toList(), p.totalItems(), p.totalPages(), p.pageNumber(), p.perPage());
        }
    }

    public record ServiceSummary(UUID id, String name, UUID organisationId, String organisation, String status, String ages,
            LocalDate reviewedOn, boolean dueForReview) {
        static ServiceSummary of(DirectoryService s, DirectoryOrganisation o, int months, LocalDate today) {
            return new ServiceSummary(s.id(), s.name(), s.organisationId(), o == null ? null : o.name(), s.status().standardName(),
                    s.agesInWords(), s.reviewedOn(), s.reviewedOn() == null || s.reviewedOn().plusMonths(months).isBefore(today));
        }
    }

    public record HistoryView(OffsetDateTime at, String by, String what) {
    }

    public record ScheduleView(UUID id, String freq, String byday, LocalTime opensAt, LocalTime closesAt, String description,
            String inWords) {
    }

    public record ContactView(UUID id, String name, String title, String phone) {
    }

    public record CostView(UUID id, String option, BigDecimal amount, String amountDescription, String inWords) {
    }

    public record ServiceView(UUID id, UUID organisationId, String organisation, String name, String description,
            String howToAccess, String url, String email, String status, Integer minimumAge, Integer maximumAge, String ages,
            LocalDate reviewedOn, boolean dueForReview, String alert, OffsetDateTime lastModified, long version, boolean mayEdit,
            List<LocationView> places, List<ScheduleView> schedules, List<ContactView> contacts, List<CostView> costs,
            List<String> languages, List<TermView> terms, List<HistoryView> history) {
        static ServiceView of(ServiceEntry e, boolean mayEdit, int months, LocalDate today, List<HistoryView> history) {
            DirectoryService s = e.service();
            return new ServiceView(s.id(), s.organisationId(), e.organisation() == null ? null : e.organisation().name(), s.name(),
                    s.description(), s.howToAccess(), s.url(), s.email(), s.status().standardName(), s.minimumAge(), s.maximumAge(),
                    s.agesInWords(), s.reviewedOn(), !e.checkedWithin(months, today), s.alert(), s.lastModified(), s.version(),
                    mayEdit, e.placements().stream().map(p -> LocationView.of(p.location())).toList(),
                    e.schedules().stream().map(x -> new ScheduleView(x.id(), x.freq(), x.byday(), x.opensAt(), x.closesAt(),
                            x.description(), x.inWords())).toList(),
                    e.contacts().stream().map(c -> new ContactView(c.id(), c.name(), c.title(), c.phone())).toList(),
                    e.costs().stream().map(c -> new CostView(c.id(), c.option(), c.amount(), c.amountDescription(), c.inWords())).toList(),
                    e.languages().stream().map(l -> l.name()).toList(),
                    e.classifications().stream().map(c -> TermView.of(c.term())).toList(), history);
        }
    }

    public record OrganisationView(UUID id, String name, String description, String email, String website,
            String signInOrganisation, long version, boolean mayEdit) {
        static OrganisationView of(DirectoryOrganisation o, boolean mayEdit) {
            return new OrganisationView(o.id(), o.name(), o.description(), o.email(), o.website(), o.signInOrganisation(),
                    o.version(), mayEdit);
        }
    }

    public record LocationView(UUID id, String locationType, String name, String address, String city, String postcode,
            Double latitude, Double longitude, String accessibility) {
        static LocationView of(DirectoryLocation l) {
            return new LocationView(l.id(), l.locationType(), l.name(), l.address(), l.city(), l.postcode(), l.latitude(),
                    l.longitude(), l.accessibility());
        }
    }

    public record TermView(UUID id, UUID taxonomyId, String name, String description) {
        static TermView of(DirectoryTerm t) {
            return new TermView(t.id(), t.taxonomyId(), t.name(), t.description());
        }
    }

    public record TaxonomyView(UUID id, String name, String description, String uri, List<TermView> terms, long version) {
    }
}
