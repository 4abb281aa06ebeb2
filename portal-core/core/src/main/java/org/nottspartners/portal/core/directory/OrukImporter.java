package org.nottspartners.portal.core.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.nottspartners.portal.core.problem.FieldChecks;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** One service of an Open Referral feed into the directory, in a transaction of its own (see {@link OrukImport}). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OrukImporter {

    /** The taxonomy a feed's terms go into when the council has no term of that name. */
    static final String IMPORTED_TERMS = "Terms from imported directories";

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Directory directory;

    public record Outcome(UUID id, String name, boolean existing) {
    }

    public Outcome importOne(JsonObject s) {
        FieldChecks checks = new FieldChecks();
        String name = text(s, "name", checks);
        String description = text(s, "description", checks);
        String status = text(s, "status", checks);
        checks.require(name != null && !name.isBlank(), "name", "It has no name");
        checks.require(description != null && !description.isBlank(), "description", "It has no description");
        checks.require(status != null && ServiceStatus.of(status).filter(x -> x.standardName().equals(status)).isPresent(), "status",
                "Its status must be one of active, inactive, defunct, temporarily closed");
        checks.require(!s.containsKey("id") || (s.get("id") instanceof JsonString id && UUID_TEXT.matcher(id.getString()).matches()),
                "id", "Its id must be a UUID, as the standard asks");
        JsonObject org = s.get("organization") instanceof JsonObject o ? o : null;
        String orgName = org == null ? null : text(org, "name", checks);
        checks.require(orgName != null && !orgName.isBlank(), "organization.name", "It names no organisation that runs it");
        checks.check();

        DirectoryOrganisation organisation = organisation(org, orgName);
        Optional<DirectoryService> same = em.createQuery("select x from DirectoryService x where lower(x.name) = :n"
                        + " and x.organisationId = :o", DirectoryService.class)
                .setParameter("n", name.trim().toLowerCase(Locale.ROOT)).setParameter("o", organisation.id()).getResultStream().findFirst();
        if (same.isPresent()) {
            return new Outcome(same.get().id(), same.get().name(), true);
        }
        List<UUID> places = new ArrayList<>();
        for (JsonObject sal : objects(s, "service_at_locations")) {
            if (sal.get("location") instanceof JsonObject l) {
                places.add(location(l).id());
            }
        }
        List<ServiceForm.Schedule> schedules = new ArrayList<>();
        int i = 0;
        for (JsonObject sc : objects(s, "schedules")) {
            String field = "schedules[" + i++ + "]";
            schedules.add(new ServiceForm.Schedule(null, text(sc, "freq", checks), text(sc, "byday", checks),
                    time(sc, "opens_at", field, checks), time(sc, "closes_at", field, checks), text(sc, "description", checks), null));
        }
        List<ServiceForm.Contact> contacts = objects(s, "contacts").stream().map(c -> new ServiceForm.Contact(null,
                text(c, "name", checks), text(c, "title", checks), text(c, "x_phone", checks))).toList();
        List<ServiceForm.Cost> costs = objects(s, "cost_options").stream().map(c -> new ServiceForm.Cost(null,
                text(c, "option", checks), c.get("amount") instanceof JsonNumber n ? n.bigDecimalValue() : null,
                text(c, "amount_description", checks))).toList();
        List<String> languages = objects(s, "languages").stream().map(l -> Optional.ofNullable(text(l, "x_name", checks))
                .orElse(text(l, "name", checks))).filter(l -> l != null && !l.isBlank()).distinct().toList();
        List<UUID> terms = new ArrayList<>();
        for (JsonObject a : objects(s, "attributes")) {
            if (a.get("taxonomy_term") instanceof JsonObject t) {
                UUID term = term(t, checks);
                if (term != null && !terms.contains(term)) {
                    terms.add(term);
                }
            }
        }
        LocalDate reviewed = null;
        String assured = text(s, "assured_date", checks);
        if (assured != null) {
            try {
                reviewed = LocalDate.parse(assured.length() > 10 ? assured.substring(0, 10) : assured);
                reviewed = reviewed.isAfter(directory.today()) ? null : reviewed;
            } catch (DateTimeParseException e) {
                checks.require(false, "assured_date", "Its assured date must be a date like 2024-05-01");
            }
        }
        String assurer = text(s, "assurer_email", checks);
        checks.check();
        ServiceForm form = new ServiceForm(organisation.id(), name, description, text(s, "x_how_to_access", checks),
                text(s, "url", checks), text(s, "email", checks), status, age(s, "minimum_age"), age(s, "maximum_age"), reviewed,
                text(s, "alert", checks), schedules, places, contacts, costs, languages, terms, null);
        ServiceEntry saved = directory.saveImported(form, assurer);
        return new Outcome(saved.service().id(), saved.service().name(), false);
    }

    private DirectoryOrganisation organisation(JsonObject org, String name) {
        return directory.organisations().stream().filter(o -> o.name().equalsIgnoreCase(name.trim())).findFirst()
                .orElseGet(() -> {
                    String description = org.get("description") instanceof JsonString d && !d.getString().isBlank() ? d.getString()
                            : name.trim();
                    return directory.saveOrganisation(null, name.trim(), description,
                            org.get("email") instanceof JsonString e ? e.getString() : null,
                            org.get("website") instanceof JsonString w ? w.getString() : null, null, null);
                });
    }

    private DirectoryLocation location(JsonObject l) {
        FieldChecks checks = new FieldChecks();
        String name = text(l, "name", checks);
        JsonObject address = objects(l, "addresses").stream().findFirst().orElse(null);
        String postcode = address == null ? null : text(address, "postal_code", checks);
        String placeName = name == null || name.isBlank() ? (address == null ? "Place" : text(address, "address_1", checks)) : name;
        String normalised = postcode != null && Postcodes.isValid(postcode) ? Postcodes.normalise(postcode) : null;
        return directory.locations().stream().filter(x -> x.name().equalsIgnoreCase(placeName)
                        && java.util.Objects.equals(x.postcode(), normalised)).findFirst()
                .orElseGet(() -> directory.addLocation(new LocationForm(
                        l.get("location_type") instanceof JsonString t ? t.getString() : "physical", placeName,
                        text(l, "description", checks), address == null ? null : text(address, "address_1", checks),
                        address == null ? null : text(address, "city", checks),
                        address == null ? null : text(address, "state_province", checks), normalised,
                        coordinate(l, "latitude", 90, "longitude", 180), coordinate(l, "longitude", 180, "latitude", 90),
                        objects(l, "accessibility").stream().map(a -> text(a, "description", checks))
                                .filter(d -> d != null && !d.isBlank()).findFirst().orElse(null))));
    }

    private UUID term(JsonObject t, FieldChecks checks) {
        String name = text(t, "name", checks);
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<DirectoryTerm> known = directory.terms().stream().filter(x -> x.name().equalsIgnoreCase(name.trim())).findFirst();
        if (known.isPresent()) {
            return known.get().id();
        }
        DirectoryTaxonomy imported = directory.taxonomies().stream().filter(x -> x.name().equals(IMPORTED_TERMS)).findFirst()
                .orElseGet(() -> directory.addTaxonomy(IMPORTED_TERMS, "Terms that came with services imported from other"
                        + " directories, until the council maps them to its own", null, null));
        String description = t.get("description") instanceof JsonString d && !d.getString().isBlank() ? d.getString() : name.trim();
        return directory.addTerm(imported.id(), null, text(t, "term", checks), name.trim(), description, null).id();
    }

    /** A coordinate on the earth, kept only with its partner; a feed's impossible ones (latitude 100) are left out. */
    private static Double coordinate(JsonObject l, String key, double limit, String partner, double partnerLimit) {
        if (l.get(key) instanceof JsonNumber n && l.get(partner) instanceof JsonNumber p && Math.abs(n.doubleValue()) <= limit
                && Math.abs(p.doubleValue()) <= partnerLimit) {
            return n.doubleValue();
        }
        return null;
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        return o.get(key) instanceof JsonArray a ? a.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList()
                : List.of();
    }

    private static String text(JsonObject o, String key, FieldChecks checks) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        checks.require(false, key, "Its " + key + " must be text");
        return null;
    }

    private static Integer age(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? (int) Math.floor(n.doubleValue()) : null;
    }

    /** "10:00", "10:00:00", "10:00:00Z" or "10:00+01:00": the standard asks for HH:MM and shows HH:MM:SS. */
    private static LocalTime time(JsonObject o, String key, String field, FieldChecks checks) {
        String t = text(o, key, checks);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            String local = t.replaceFirst("(Z|[+-]\\d{2}:?\\d{2})$", "");
            return LocalTime.parse(local.length() == 5 ? local + ":00" : local);
        } catch (DateTimeParseException e) {
            checks.require(false, field + "." + key, "Give the time like 09:30");
            return null;
        }
    }

}
