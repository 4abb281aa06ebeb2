package org.nottspartners.portal.core.directory;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A council's directory in the Open Referral UK profile of HSDS 3.0 (issue 19; github.com/OpenReferralUK/uk-profile,
 * {@code schema/compiled/*.json}): fully nested services, the flat list items, services at locations, taxonomies and
 * terms, and the standard's page. Only what the directory holds about services is written: no person, case or member
 * of staff is reachable from here. A value the directory does not hold is left out rather than written as null (the
 * schemas type every field). The portal's own additions carry the prefix {@code x_}, as the profile asks of local
 * properties: a contact's phone number, a language's name, how to get the service.
 */
public final class OrukJson {

    /** HSDS's version of this API. */
    public static final String VERSION = "3.0";
    public static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile";
    public static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private OrukJson() {
    }

    /** The answer of {@code /}: which version and profile of the standard this API follows. */
    public static JsonObject meta() {
        return Json.createObjectBuilder().add("version", VERSION).add("profile", PROFILE).add("openapi_url", OPENAPI).build();
    }

    /** The standard's page around a list of items. */
    public static <T> JsonObject page(DirectoryPage<T> page, Function<T, JsonObject> item) {
        JsonArrayBuilder contents = Json.createArrayBuilder();
        page.items().forEach(i -> contents.add(item.apply(i)));
        return Json.createObjectBuilder().add("total_items", page.totalItems()).add("total_pages", page.totalPages())
                .add("page_number", page.pageNumber()).add("size", page.items().size()).add("first_page", page.firstPage())
                .add("last_page", page.lastPage()).add("empty", page.empty()).add("contents", contents).build();
    }

    /** A service as the list shows it: its own fields and its organisation, flat. */
    public static JsonObject serviceListItem(DirectoryService s, DirectoryOrganisation org) {
        JsonObjectBuilder b = serviceFields(s);
        if (org != null) {
            b.add("organization", organisation(org));
        }
        return b.build();
    }

    /** A service fully nested, as {@code /services/{id}} answers. */
    public static JsonObject service(ServiceEntry e) {
        return fullService(e, true).build();
    }

    /** A service at one place, as the list of {@code /service_at_locations} shows it. */
    public static JsonObject serviceAtLocationListItem(Directory.Placed p, DirectoryOrganisation org) {
        return Json.createObjectBuilder().add("id", p.link().id().toString()).add("service_id", p.service().id().toString())
                .add("location_id", p.location().id().toString()).add("location", locationFields(p.location()))
                .add("service", serviceListItem(p.service(), org)).build();
    }

    /** A service at one place fully nested, as {@code /service_at_locations/{id}} answers. */
    public static JsonObject serviceAtLocation(ServiceEntry e, ServiceEntry.Placement p) {
        return Json.createObjectBuilder().add("id", p.link().id().toString()).add("service_id", e.service().id().toString())
                .add("location_id", p.location().id().toString()).add("location", location(p.location()))
                .add("service", fullService(e, false)).build();
    }

    public static JsonObject taxonomy(DirectoryTaxonomy t, List<DirectoryTerm> terms) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", t.id().toString()).add("name", t.name())
                .add("description", t.description());
        optional(b, "uri", t.uri());
        optional(b, "version", t.taxonomyVersion());
        if (terms != null) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            terms.forEach(term -> a.add(term(term, t)));
            b.add("taxonomy_terms", a);
        }
        return b.build();
    }

    public static JsonObject term(DirectoryTerm t, DirectoryTaxonomy taxonomy) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", t.id().toString()).add("name", t.name())
                .add("description", t.description()).add("term", t.code()).add("taxonomy_id", t.taxonomyId().toString());
        if (t.parentId() != null) {
            b.add("parent_id", t.parentId().toString());
        }
        if (taxonomy != null) {
            b.add("taxonomy", taxonomy.name());
        }
        optional(b, "term_uri", t.termUri());
        return b.build();
    }

    /** The terms with their taxonomies, as a list answer needs them. */
    public static Function<DirectoryTerm, JsonObject> terms(Collection<DirectoryTaxonomy> taxonomies) {
        Map<UUID, DirectoryTaxonomy> byId = taxonomies.stream().collect(java.util.stream.Collectors.toMap(DirectoryTaxonomy::id, x -> x));
        return t -> term(t, byId.get(t.taxonomyId()));
    }

    private static JsonObjectBuilder fullService(ServiceEntry e, boolean withPlaces) {
        DirectoryService s = e.service();
        JsonObjectBuilder b = serviceFields(s);
        if (e.organisation() != null) {
            b.add("organization", organisation(e.organisation()).add("organization_identifiers", Json.createArrayBuilder())
                    .add("attributes", Json.createArrayBuilder()));
        }
        String id = s.id().toString();
        JsonArrayBuilder schedules = Json.createArrayBuilder();
        e.schedules().forEach(sc -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", sc.id().toString()).add("service_id", id)
                    .add("freq", sc.freq());
            if (sc.serviceAtLocationId() != null) {
                o.add("service_at_location_id", sc.serviceAtLocationId().toString());
            }
            optional(o, "byday", sc.byday());
            if (sc.opensAt() != null) {
                o.add("opens_at", TIME.format(sc.opensAt()));
            }
            if (sc.closesAt() != null) {
                o.add("closes_at", TIME.format(sc.closesAt()));
            }
            String words = sc.inWords();
            optional(o, "description", words.isBlank() ? null : words);
            schedules.add(o);
        });
        b.add("schedules", schedules);
        b.add("service_areas", Json.createArrayBuilder());
        if (withPlaces) {
            JsonArrayBuilder places = Json.createArrayBuilder();
            e.placements().forEach(p -> places.add(Json.createObjectBuilder().add("id", p.link().id().toString())
                    .add("service_id", id).add("location_id", p.location().id().toString()).add("location", location(p.location()))));
            b.add("service_at_locations", places);
        }
        JsonArrayBuilder languages = Json.createArrayBuilder();
        e.languages().forEach(l -> languages.add(Json.createObjectBuilder().add("id", l.id().toString()).add("service_id", id)
                .add("x_name", l.name())));
        b.add("languages", languages);
        b.add("funding", Json.createArrayBuilder());
        JsonArrayBuilder costs = Json.createArrayBuilder();
        e.costs().forEach(c -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", c.id().toString()).add("service_id", id);
            optional(o, "option", c.option());
            if (c.amount() != null) {
                o.add("amount", c.amount());
            }
            optional(o, "amount_description", c.amountDescription());
            costs.add(o);
        });
        b.add("cost_options", costs);
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        e.contacts().forEach(c -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("id", c.id().toString()).add("service_id", id);
            optional(o, "name", c.name());
            optional(o, "title", c.title());
            optional(o, "x_phone", c.phone());
            contacts.add(o.add("attributes", Json.createArrayBuilder()));
        });
        b.add("contacts", contacts);
        JsonArrayBuilder attributes = Json.createArrayBuilder();
        e.classifications().forEach(c -> attributes.add(Json.createObjectBuilder().add("id", c.link().id().toString())
                .add("link_id", id).add("link_type", "service").add("taxonomy_term_id", c.term().id().toString())
                .add("taxonomy_term", term(c.term(), null))));
        b.add("attributes", attributes);
        return b;
    }

    private static JsonObjectBuilder serviceFields(DirectoryService s) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", s.id().toString())
                .add("organization_id", s.organisationId().toString()).add("name", s.name())
                .add("description", s.description()).add("status", s.status().standardName());
        optional(b, "url", s.url());
        optional(b, "email", s.email());
        if (s.minimumAge() != null) {
            b.add("minimum_age", s.minimumAge());
        }
        if (s.maximumAge() != null) {
            b.add("maximum_age", s.maximumAge());
        }
        if (s.reviewedOn() != null) {
            b.add("assured_date", s.reviewedOn().toString());
        }
        // assurer_email is left out: the portal records who checked an entry, and that is a member of staff's own address
        optional(b, "alert", s.alert());
        optional(b, "x_how_to_access", s.howToAccess());
        return b.add("last_modified", MILLIS.format(s.lastModified().withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private static JsonObjectBuilder organisation(DirectoryOrganisation o) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", o.id().toString()).add("name", o.name())
                .add("description", o.description());
        optional(b, "email", o.email());
        optional(b, "website", o.website());
        return b;
    }

    private static JsonObjectBuilder locationFields(DirectoryLocation l) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", l.id().toString()).add("location_type", l.locationType())
                .add("name", l.name());
        optional(b, "description", l.description());
        if (l.latitude() != null && l.longitude() != null) {
            b.add("latitude", l.latitude()).add("longitude", l.longitude());
        }
        return b;
    }

    private static JsonObjectBuilder location(DirectoryLocation l) {
        JsonObjectBuilder b = locationFields(l);
        String id = l.id().toString();
        JsonArrayBuilder addresses = Json.createArrayBuilder();
        if (l.hasAddress()) {
            addresses.add(Json.createObjectBuilder().add("id", derived("address", l.id())).add("location_id", id)
                    .add("address_1", l.address()).add("city", l.city())
                    .add("state_province", l.region() == null ? l.city() : l.region()).add("postal_code", l.postcode())
                    .add("country", "GB").add("address_type", "physical").add("attributes", Json.createArrayBuilder()));
        }
        b.add("addresses", addresses);
        JsonArrayBuilder accessibility = Json.createArrayBuilder();
        if (l.accessibility() != null && !l.accessibility().isBlank()) {
            accessibility.add(Json.createObjectBuilder().add("id", derived("accessibility", l.id())).add("location_id", id)
                    .add("description", l.accessibility()).add("attributes", Json.createArrayBuilder()));
        }
        return b.add("accessibility", accessibility).add("attributes", Json.createArrayBuilder());
    }

    /** A stable id for a part the directory keeps inside its location (its address, its accessibility). */
    static String derived(String part, UUID of) {
        return UUID.nameUUIDFromBytes((part + ":" + of).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.add(name, value);
        }
    }
}
