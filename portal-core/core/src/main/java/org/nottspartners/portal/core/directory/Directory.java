package org.nottspartners.portal.core.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.history.History;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.persistence.StaleRecordException;
import org.nottspartners.portal.core.problem.FieldChecks;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.NotAllowedException;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.Today;

/**
 * A council's directory of services (issue 19): read by anyone, kept by the council's administrators and, for their
 * own services, by partner organisations ({@link DirectoryAccess}). Each entry is saved whole or not at all, against
 * the version its editor read; every change is audited and told in the entry's history in words.
 *
 * <p>One class for now (about 700 lines): reading, changing and the entry's rules share the entity manager, the access
 * policy and the history. Its seams, for when it grows: the searches ({@code search}, {@code atLocations}, {@code near},
 * {@code where}) into a {@code DirectorySearches}; the checks of an entry ({@code check}, {@code checkLocation}) into a
 * plain {@code ServiceRules} with unit tests; organisations, places and taxonomies into a {@code DirectoryData}.
 */
@ApplicationScoped
@Transactional
public class Directory {

    /** The history's name for an entry. */
    public static final String HISTORY_SUBJECT = DirectoryService.RECORD_TYPE;

    /** An e-mail address as people write them: nothing that would add to a mailto: link (no ?, &amp;, spaces). */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final int OLDEST_AGE = 120;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DirectoryAccess access;

    @Inject
    TenantContext tenant;

    @Inject
    Today today;

    @Inject
    History history;

    @Inject
    CurrentUser caller;

    @Inject
    TenantSettings settings;

    // ---- reading ------------------------------------------------------------------------------------------------

    public Optional<ServiceEntry> entry(UUID id) {
        DirectoryService s = id == null ? null : em.find(DirectoryService.class, id);
        return s == null ? Optional.empty() : Optional.of(assemble(s));
    }

    public ServiceEntry entryOrFail(UUID id) {
        return entry(id).orElseThrow(() -> new RecordNotFoundException("There is no such service in this council's directory"));
    }

    /**
     * A module's record of the service a family is referred to: one in this council's directory that is still running.
     *
     * @param field the form's field that named it, for the problem if it is not
     * @return null when {@code serviceId} is null (not every piece of work is met by a service)
     */
    public ServiceReferral referralTo(UUID serviceId, String field) {
        if (serviceId == null) {
            return null;
        }
        DirectoryService s = em.find(DirectoryService.class, serviceId);
        if (s == null || s.status() == ServiceStatus.DEFUNCT) {
            throw new InvalidInputException(field, "Choose a service that is in this council's directory and still running");
        }
        return new ServiceReferral(s.id(), s.name());
    }

    /** The service a service-at-location link belongs to. */
    public Optional<UUID> serviceOfPlacement(UUID linkId) {
        return Optional.ofNullable(linkId == null ? null : em.find(ServiceAtLocation.class, linkId)).map(ServiceAtLocation::serviceId);
    }

    /** The months after which an entry is due to be checked again, today. */
    public int reviewMonths() {
        return settings.number(DirectorySettings.REVIEW_MONTHS, today.date());
    }

    public LocalDate today() {
        return today.date();
    }

    /** The services that match, a page at a time, by name. */
    public DirectoryPage<DirectoryService> search(DirectorySearch q) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, params);
        TypedQuery<Long> count = em.createQuery("select count(s) from DirectoryService s where " + where, Long.class);
        TypedQuery<DirectoryService> list = em.createQuery("select s from DirectoryService s where " + where
                + " order by s.name, s.id", DirectoryService.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<DirectoryService> items = list.setFirstResult((q.page() - 1) * q.perPage()).setMaxResults(q.perPage()).getResultList();
        return new DirectoryPage<>(items, total, q.page(), q.perPage());
    }

    /** A service at one of its places, with how far the place is from where the search started (null if unknown). */
    public record Placed(ServiceAtLocation link, DirectoryService service, DirectoryLocation location, Double metres) {
    }

    /**
     * Services at their places, a page at a time: near a point first when one is given, and within {@code proximity}
     * metres of it when that is given too; otherwise by service name.
     */
    public DirectoryPage<Placed> atLocations(DirectorySearch q, Near near) {
        Map<String, Object> params = new LinkedHashMap<>();
        String conditions = "a.serviceId = s.id and a.locationId = l.id and " + where(q, params);
        String distance = "0.0";
        if (near != null) {
            // metres on a flat map around the point: good to a few metres over a county, and cheap enough for an index-free scan
            double kx = 111_320.0 * Math.cos(Math.toRadians(near.latitude()));
            distance = "((l.latitude - :lat) * (l.latitude - :lat) * :ky2 + (l.longitude - :lon) * (l.longitude - :lon) * :kx2)";
            params.put("lat", near.latitude());
            params.put("lon", near.longitude());
            params.put("ky2", 110_574.0 * 110_574.0);
            params.put("kx2", kx * kx);
            if (near.proximity() != null) {
                conditions += " and l.latitude is not null and l.longitude is not null and " + distance + " <= :r2";
                params.put("r2", near.proximity() * near.proximity());
            }
        }
        String where = conditions;
        TypedQuery<Long> count = em.createQuery("select count(a) from ServiceAtLocation a, DirectoryService s, DirectoryLocation l"
                + " where " + where, Long.class);
        TypedQuery<Object[]> list = em.createQuery("select a, s, l, " + distance + " as d from ServiceAtLocation a,"
                + " DirectoryService s, DirectoryLocation l where " + where
                + (near == null ? " order by s.name, l.name, a.id" : " order by d, s.name, a.id"), Object[].class);
        params.forEach((k, v) -> {
            if (where.contains(":" + k)) { // the distance's own parameters are in the count only when it is limited by it
                count.setParameter(k, v);
            }
            list.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<Placed> items = list.setFirstResult((q.page() - 1) * q.perPage()).setMaxResults(q.perPage()).getResultList()
                .stream().map(r -> {
                    DirectoryLocation l = (DirectoryLocation) r[2];
                    Double metres = near == null || l.latitude() == null || l.longitude() == null ? null
                            : Math.sqrt(((Number) r[3]).doubleValue());
                    return new Placed((ServiceAtLocation) r[0], (DirectoryService) r[1], l, metres);
                }).toList();
        return new DirectoryPage<>(items, total, q.page(), q.perPage());
    }

    /** A point to search near: a postcode's centroid, and how far from it (metres) to look, if a limit is given. */
    public record Near(double latitude, double longitude, Double proximity) {
    }

    /** Where a postcode is: from the council's table of postcodes, or else from a place in the directory with it. */
    public Optional<Near> near(String postcode, Double proximity) {
        if (!Postcodes.isValid(postcode)) {
            throw new InvalidInputException("postcode", "Enter a full postcode, like NG2 3NG");
        }
        if (proximity != null && (proximity.isNaN() || proximity <= 0)) {
            throw new InvalidInputException("proximity", "Give the distance in metres as a number above 0, like 2000");
        }
        String p = Postcodes.normalise(postcode);
        Optional<Near> known = em.createQuery("select c from PostcodeCentroid c where c.postcode = :p", PostcodeCentroid.class)
                .setParameter("p", p).getResultStream().findFirst().map(c -> new Near(c.latitude(), c.longitude(), proximity));
        return known.or(() -> em.createQuery("select l from DirectoryLocation l where l.postcode = :p and l.latitude is not null"
                        + " and l.longitude is not null order by l.name", DirectoryLocation.class).setParameter("p", p)
                .setMaxResults(1).getResultStream().findFirst().map(l -> new Near(l.latitude(), l.longitude(), proximity)));
    }

    /** Replaces the council's table of postcode centroids (for example from the ONS Postcode Directory). */
    public int replacePostcodes(Map<String, double[]> centroids) {
        requireManager();
        FieldChecks checks = new FieldChecks();
        centroids.forEach((p, ll) -> checks.require(Postcodes.isValid(p) && ll != null && ll.length == 2
                && Math.abs(ll[0]) <= 90 && Math.abs(ll[1]) <= 180, "postcodes." + p,
                "Give " + p + " as a full postcode with its latitude and longitude"));
        checks.check();
        em.createQuery("delete from PostcodeCentroid c").executeUpdate();
        Set<String> seen = new HashSet<>();
        centroids.forEach((p, ll) -> {
            if (seen.add(Postcodes.normalise(p))) {
                em.persist(new PostcodeCentroid(tenant.tenantId(), Postcodes.normalise(p), ll[0], ll[1]));
            }
        });
        AuditTrail.record(AuditAction.UPDATE, "directory-postcodes", tenant.tenantId(), seen.size() + " postcodes");
        return seen.size();
    }

    public List<DirectoryOrganisation> organisations() {
        return em.createQuery("select o from DirectoryOrganisation o order by o.name, o.id", DirectoryOrganisation.class)
                .getResultList();
    }

    public Optional<DirectoryOrganisation> organisation(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(DirectoryOrganisation.class, id));
    }

    /** The organisations whose services the caller may change. */
    public List<DirectoryOrganisation> editableOrganisations() {
        return organisations().stream().filter(access::mayEdit).toList();
    }

    public Map<UUID, DirectoryOrganisation> organisationsOf(Collection<DirectoryService> services) {
        Set<UUID> ids = services.stream().map(DirectoryService::organisationId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : em.createQuery("select o from DirectoryOrganisation o where o.id in :ids",
                DirectoryOrganisation.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(DirectoryOrganisation::id, Function.identity()));
    }

    public List<DirectoryLocation> locations() {
        return em.createQuery("select l from DirectoryLocation l order by l.name, l.id", DirectoryLocation.class).getResultList();
    }

    public List<DirectoryTaxonomy> taxonomies() {
        return em.createQuery("select t from DirectoryTaxonomy t order by t.name, t.id", DirectoryTaxonomy.class).getResultList();
    }

    public Optional<DirectoryTaxonomy> taxonomy(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(DirectoryTaxonomy.class, id));
    }

    public List<DirectoryTerm> terms() {
        return em.createQuery("select t from DirectoryTerm t order by t.name, t.id", DirectoryTerm.class).getResultList();
    }

    public Optional<DirectoryTerm> term(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(DirectoryTerm.class, id));
    }

    public DirectoryPage<DirectoryTaxonomy> taxonomies(int page, int perPage) {
        return pageOf("DirectoryTaxonomy", DirectoryTaxonomy.class, page, perPage);
    }

    public DirectoryPage<DirectoryTerm> terms(int page, int perPage) {
        return pageOf("DirectoryTerm", DirectoryTerm.class, page, perPage);
    }

    /** The entries not checked within the months the council asks (never checked first), for their keepers to check. */
    public List<DirectoryService> dueForReview() {
        LocalDate cutoff = today.date().minusMonths(reviewMonths());
        return em.createQuery("select s from DirectoryService s where s.status <> :defunct and (s.reviewedOn is null"
                        + " or s.reviewedOn < :cutoff) order by s.reviewedOn nulls first, s.name", DirectoryService.class)
                .setParameter("defunct", ServiceStatus.DEFUNCT).setParameter("cutoff", cutoff).getResultList();
    }

    /** The history of an entry's changes, oldest first. */
    public List<org.nottspartners.portal.core.history.HistoryEntry> historyOf(UUID serviceId) {
        return history.of(HISTORY_SUBJECT, serviceId);
    }

    // ---- changing -----------------------------------------------------------------------------------------------

    /**
     * Saves a service's whole entry: a new one when {@code id} is null. The caller must keep the organisation it
     * belongs to (and, for an existing entry, the one it belonged to). Nothing is saved if any part is wrong.
     */
    public ServiceEntry save(UUID id, ServiceForm f) {
        return save(id, f, reviewer());
    }

    /**
     * Saves a service from another directory's feed: its review date is the feed's assured date, and the one who
     * reviewed it the feed's assurer (an e-mail address), or nobody named; never the administrator importing it, who
     * did not check it.
     */
    ServiceEntry saveImported(ServiceForm f, String assurer) {
        return save(null, f, assurer != null && EMAIL.matcher(assurer.strip()).matches() ? assurer.strip() : null);
    }

    private ServiceEntry save(UUID id, ServiceForm f, String reviewer) {
        if (f == null) {
            throw new InvalidInputException("service", "Send the service's entry");
        }
        DirectoryService existing = null;
        if (id != null) {
            existing = em.find(DirectoryService.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (existing == null) {
                throw new RecordNotFoundException("There is no such service in this council's directory");
            }
            if (!access.mayEdit(organisation(existing.organisationId()).orElse(null))) {
                throw new NotAllowedException("Only the council's administrators and the staff of "
                        + organisation(existing.organisationId()).map(DirectoryOrganisation::name).orElse("its organisation")
                        + " can change this entry.");
            }
            if (f.version() == null) {
                throw new InvalidInputException("version", "Send the version of the entry you changed");
            }
            if (f.version() != existing.version()) {
                throw new StaleRecordException(DirectoryService.RECORD_TYPE, id.toString(), f.version(), existing.version());
            }
        }
        ServiceStatus status = check(f);
        DirectoryOrganisation org = organisation(f.organisationId()).orElseThrow();
        if (!access.mayEdit(org)) {
            throw new NotAllowedException("You can add and change only your own organisation's services.");
        }
        String before = existing == null ? null : summary(assemble(existing));
        DirectoryService s = existing == null ? new DirectoryService(tenant.tenantId(), UUID.randomUUID()) : existing;
        s.details(f, status, today.now(), AuditTrail.actingUserId());
        if (existing == null) {
            if (f.reviewedOn() != null) {
                s.reviewed(f.reviewedOn(), reviewer);
            }
            em.persist(s);
        } else if (f.reviewedOn() != null && !f.reviewedOn().equals(existing.reviewedOn())) {
            s.reviewed(f.reviewedOn(), reviewer);
        }
        em.flush();
        replaceParts(s, f);
        ServiceEntry saved = assemble(s);
        AuditTrail.record(existing == null ? AuditAction.CREATE : AuditAction.UPDATE, DirectoryService.RECORD_TYPE,
                s.id().toString(), null);
        String after = summary(saved);
        history.record(HISTORY_SUBJECT, s.id(), existing == null ? "ADDED" : "CHANGED",
                existing == null ? "Added to the directory" : Changes.between(before, after));
        return saved;
    }

    /** Records that the entry was checked today and is right, against the version the checker read. */
    public ServiceEntry markChecked(UUID id, long version) {
        DirectoryService s = em.find(DirectoryService.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new RecordNotFoundException("There is no such service in this council's directory");
        }
        if (!access.mayEdit(organisation(s.organisationId()).orElse(null))) {
            throw new NotAllowedException("Only the council's administrators and the service's own organisation can check its entry.");
        }
        if (version != s.version()) {
            throw new StaleRecordException(DirectoryService.RECORD_TYPE, id.toString(), version, s.version());
        }
        s.reviewed(today.date(), reviewer());
        em.flush();
        AuditTrail.record(AuditAction.UPDATE, DirectoryService.RECORD_TYPE, id.toString(), "checked");
        history.record(HISTORY_SUBJECT, id, "CHECKED", "Checked and found right on " + today.date());
        return assemble(s);
    }

    /** Adds or changes an organisation (the council's administrators). */
    public DirectoryOrganisation saveOrganisation(UUID id, String name, String description, String email, String website,
            String signInOrganisation, Long version) {
        requireManager();
        new FieldChecks().text(name, "name", 200, "Enter the organisation's name")
                .text(description, "description", 4000, "Say in a sentence what the organisation is")
                .require(email == null || email.isBlank() || EMAIL.matcher(email.trim()).matches(), "email",
                        "Enter an e-mail address like team@example.org")
                .require(website == null || website.isBlank() || isWebAddress(website), "website",
                        "Enter the website's full address, starting https://")
                .optional(signInOrganisation, "signInOrganisation", 200)
                .optional(email, "email", 200).optional(website, "website", 500)
                .check();
        DirectoryOrganisation o;
        if (id == null) {
            o = new DirectoryOrganisation(tenant.tenantId(), UUID.randomUUID());
        } else {
            o = organisation(id).orElseThrow(() -> new RecordNotFoundException("There is no such organisation in this council's directory"));
            if (version == null || version != o.version()) {
                throw new StaleRecordException("directory-organisation", id.toString(), version == null ? -1 : version, o.version());
            }
        }
        o.details(name.trim(), description.trim(), blankToNull(email), blankToNull(website), blankToNull(signInOrganisation));
        if (id == null) {
            em.persist(o);
        }
        em.flush();
        AuditTrail.record(id == null ? AuditAction.CREATE : AuditAction.UPDATE, "directory-organisation", o.id().toString(), null);
        return o;
    }

    /** Adds a place (the council's administrators keep the list, so that services at one place name the same one). */
    public DirectoryLocation addLocation(LocationForm f) {
        requireManager();
        checkLocation(f);
        DirectoryLocation l = new DirectoryLocation(tenant.tenantId(), UUID.randomUUID());
        l.details(f);
        em.persist(l);
        em.flush();
        AuditTrail.record(AuditAction.CREATE, "directory-location", l.id().toString(), null);
        return l;
    }

    /** Adds a taxonomy (administrators). */
    public DirectoryTaxonomy addTaxonomy(String name, String description, String uri, String version) {
        requireManager();
        new FieldChecks().text(name, "name", 200, "Enter the taxonomy's name")
                .text(description, "description", 4000, "Say in a sentence what the taxonomy classifies")
                .require(uri == null || uri.isBlank() || isWebAddress(uri), "uri", "Enter the taxonomy's full address, starting https://")
                .optional(version, "version", 50).optional(uri, "uri", 500).check();
        DirectoryTaxonomy t = new DirectoryTaxonomy(tenant.tenantId(), UUID.randomUUID(), name.trim(), description.trim(),
                blankToNull(uri), blankToNull(version));
        em.persist(t);
        em.flush();
        AuditTrail.record(AuditAction.CREATE, "directory-taxonomy", t.id().toString(), null);
        return t;
    }

    /** Adds a term to a taxonomy (administrators). */
    public DirectoryTerm addTerm(UUID taxonomyId, UUID parentId, String code, String name, String description, String termUri) {
        requireManager();
        FieldChecks checks = new FieldChecks().require(taxonomy(taxonomyId).isPresent(), "taxonomyId", "Choose the taxonomy the term belongs to")
                .text(name, "name", 200, "Enter the term's name")
                .text(description, "description", 4000, "Say in a sentence what the term covers")
                .optional(code, "code", 100).optional(termUri, "termUri", 500)
                .require(termUri == null || termUri.isBlank() || isWebAddress(termUri), "termUri", "Enter the term's full address, starting https://");
        checks.require(parentId == null || term(parentId).filter(p -> p.taxonomyId().equals(taxonomyId)).isPresent(), "parentId",
                "Choose a broader term from the same taxonomy, or none");
        checks.check();
        DirectoryTerm t = new DirectoryTerm(tenant.tenantId(), UUID.randomUUID(), taxonomyId, parentId, blankToNull(code),
                name.trim(), description.trim(), blankToNull(termUri));
        em.persist(t);
        em.flush();
        AuditTrail.record(AuditAction.CREATE, "directory-term", t.id().toString(), null);
        return t;
    }

    // ---- rules --------------------------------------------------------------------------------------------------

    /** Checks a service's entry whole; the status it names. */
    ServiceStatus check(ServiceForm f) {
        FieldChecks checks = new FieldChecks();
        checks.require(f.organisationId() != null && organisation(f.organisationId()).isPresent(), "organisationId",
                "Choose the organisation that runs the service");
        checks.text(f.name(), "name", 200, "Enter the service's name");
        checks.text(f.description(), "description", 4000, "Say what the service does, in a sentence or two");
        checks.optional(f.howToAccess(), "howToAccess", 2000).optional(f.alert(), "alert", 2000);
        checks.require(f.url() == null || f.url().isBlank() || isWebAddress(f.url()), "url",
                "Enter the service's web page as a full address, starting https://");
        checks.optional(f.url(), "url", 500).optional(f.email(), "email", 200);
        checks.require(f.email() == null || f.email().isBlank() || EMAIL.matcher(f.email().trim()).matches(), "email",
                "Enter an e-mail address like team@example.org");
        ServiceStatus status = f.status() == null ? ServiceStatus.ACTIVE : ServiceStatus.of(f.status()).orElse(null);
        checks.require(status != null, "status", "Say whether the service is active, inactive, temporarily closed or defunct");
        checks.require(f.minimumAge() == null || (f.minimumAge() >= 0 && f.minimumAge() <= OLDEST_AGE), "minimumAge",
                "Give the youngest age as a whole number of years from 0");
        checks.require(f.maximumAge() == null || (f.maximumAge() >= 0 && f.maximumAge() <= OLDEST_AGE), "maximumAge",
                "Give the oldest age as a whole number of years from 0");
        checks.require(f.minimumAge() == null || f.maximumAge() == null || f.minimumAge() <= f.maximumAge(), "maximumAge",
                "The oldest age must be the same as or above the youngest age");
        checks.require(f.reviewedOn() == null || !f.reviewedOn().isAfter(today.date()), "reviewedOn",
                "The date it was checked cannot be in the future");
        Set<UUID> places = new HashSet<>(f.locationIdsOrNone());
        checks.require(places.size() == f.locationIdsOrNone().size(), "locationIds", "Name each place once");
        Set<UUID> known = em.createQuery("select l.id from DirectoryLocation l", UUID.class).getResultStream().collect(Collectors.toSet());
        checks.require(known.containsAll(places), "locationIds", "Choose places that are in the directory");
        Set<UUID> terms = new HashSet<>(f.termIdsOrNone());
        checks.require(terms.size() == f.termIdsOrNone().size(), "termIds", "Name each term once");
        checks.require(terms.isEmpty() || em.createQuery("select count(t) from DirectoryTerm t where t.id in :ids", Long.class)
                .setParameter("ids", terms).getSingleResult() == terms.size(), "termIds", "Choose terms that are in the directory's taxonomies");
        int i = 0;
        for (ServiceForm.Schedule sc : f.schedulesOrNone()) {
            String field = "schedules[" + i++ + "]";
            checks.require(sc != null, field, "Leave out empty opening times");
            if (sc == null) {
                continue;
            }
            checks.require(sc.freq() == null || sc.freq().equals("WEEKLY") || sc.freq().equals("MONTHLY"), field + ".freq",
                    "Say whether it runs WEEKLY or MONTHLY");
            checks.require(Days.isValidList(sc.byday()), field + ".byday", "Give the days as MO, TU, WE, TH, FR, SA, SU, separated by commas");
            checks.optional(sc.byday(), field + ".byday", 40);
            checks.require(sc.opensAt() == null || sc.closesAt() == null || sc.opensAt().isBefore(sc.closesAt()), field + ".closesAt",
                    "The closing time must be after the opening time");
            checks.optional(sc.description(), field + ".description", 500);
        }
        i = 0;
        for (ServiceForm.Contact c : f.contactsOrNone()) {
            String field = "contacts[" + i++ + "]";
            checks.require(c != null && ((c.name() != null && !c.name().isBlank()) || (c.phone() != null && !c.phone().isBlank())),
                    field, "Give each contact a name (a team or a role) or a phone number");
            if (c != null) {
                checks.optional(c.name(), field + ".name", 200).optional(c.title(), field + ".title", 200)
                        .require(c.phone() == null || c.phone().isBlank() || c.phone().matches("[0-9 +()-]{6,40}"), field + ".phone",
                                "Enter a phone number like 0115 876 4800");
            }
        }
        i = 0;
        for (ServiceForm.Cost c : f.costsOrNone()) {
            String field = "costs[" + i++ + "]";
            checks.require(c != null && (c.amount() == null || c.amount().signum() >= 0), field + ".amount",
                    "Give the cost in pounds, 0 for free");
            if (c != null) {
                checks.optional(c.option(), field + ".option", 200).optional(c.amountDescription(), field + ".amountDescription", 500);
                checks.require(c.amount() == null || c.amount().compareTo(new java.math.BigDecimal("99999999")) < 0,
                        field + ".amount", "Give a cost below £100,000,000");
            }
        }
        i = 0;
        for (String language : f.languagesOrNone()) {
            checks.text(language, "languages[" + i++ + "]", 100, "Name each language, or leave it out");
        }
        checks.check();
        return status;
    }

    private void checkLocation(LocationForm f) {
        if (f == null) {
            throw new InvalidInputException("location", "Send the place's details");
        }
        new FieldChecks().require(f.locationType() != null && DirectoryLocation.TYPES.contains(f.locationType()), "locationType",
                        "Say whether the place is physical (a building), postal or virtual (online or by phone)")
                .text(f.name(), "name", 200, "Enter the place's name")
                .optional(f.description(), "description", 2000).optional(f.address(), "address", 200)
                .optional(f.city(), "city", 100).optional(f.region(), "region", 100).optional(f.accessibility(), "accessibility", 2000)
                .require(f.postcode() == null || f.postcode().isBlank() || Postcodes.isValid(f.postcode()), "postcode",
                        "Enter a full postcode, like NG2 3NG")
                .require(f.latitude() == null || (Math.abs(f.latitude()) <= 90 && !f.latitude().isNaN()), "latitude",
                        "Give the latitude in degrees, between -90 and 90")
                .require(f.longitude() == null || (Math.abs(f.longitude()) <= 180 && !f.longitude().isNaN()), "longitude",
                        "Give the longitude in degrees, between -180 and 180")
                .require((f.latitude() == null) == (f.longitude() == null), "longitude", "Give both the latitude and the longitude, or neither")
                .check();
    }

    private void replaceParts(DirectoryService s, ServiceForm f) {
        UUID id = s.id();
        String council = tenant.tenantId();
        Map<UUID, UUID> keptLinks = em.createQuery("select a from ServiceAtLocation a where a.serviceId = :s", ServiceAtLocation.class)
                .setParameter("s", id).getResultStream().collect(Collectors.toMap(ServiceAtLocation::locationId, ServiceAtLocation::id));
        Map<UUID, UUID> keptTerms = em.createQuery("select t from ServiceTerm t where t.serviceId = :s", ServiceTerm.class)
                .setParameter("s", id).getResultStream().collect(Collectors.toMap(ServiceTerm::termId, ServiceTerm::id));
        // a part keeps its id only if it was this entry's own: an id from anywhere else is given a new one
        Set<UUID> own = new HashSet<>();
        for (String part : List.of("ServiceSchedule", "ServiceContact", "ServiceCost")) {
            own.addAll(em.createQuery("select p.id from " + part + " p where p.serviceId = :s", UUID.class).setParameter("s", id)
                    .getResultList());
        }
        for (String part : List.of("ServiceSchedule", "ServiceContact", "ServiceCost", "ServiceLanguage", "ServiceTerm", "ServiceAtLocation")) {
            em.createQuery("delete from " + part + " p where p.serviceId = :s").setParameter("s", id).executeUpdate();
        }
        Set<UUID> links = new HashSet<>();
        for (UUID location : f.locationIdsOrNone()) {
            ServiceAtLocation a = new ServiceAtLocation(council, keptLinks.get(location), id, location);
            links.add(a.id());
            em.persist(a);
        }
        for (ServiceForm.Schedule sc : f.schedulesOrNone()) {
            UUID at = sc.serviceAtLocationId() != null && links.contains(sc.serviceAtLocationId()) ? sc.serviceAtLocationId() : null;
            em.persist(new ServiceSchedule(council, id, new ServiceForm.Schedule(ownOrNew(sc.id(), own), sc.freq(), blankToNull(sc.byday()),
                    sc.opensAt(), sc.closesAt(), blankToNull(sc.description()), at)));
        }
        f.contactsOrNone().forEach(c -> em.persist(new ServiceContact(council, id, new ServiceForm.Contact(ownOrNew(c.id(), own), c.name(),
                c.title(), c.phone()))));
        f.costsOrNone().forEach(c -> em.persist(new ServiceCost(council, id, new ServiceForm.Cost(ownOrNew(c.id(), own), c.option(),
                c.amount(), c.amountDescription()))));
        f.languagesOrNone().forEach(l -> em.persist(new ServiceLanguage(council, null, id, l.trim())));
        f.termIdsOrNone().forEach(t -> em.persist(new ServiceTerm(council, keptTerms.get(t), id, t)));
        em.flush();
    }

    /** The id a part was sent with, if it was one of the entry's own parts; else none (a new one is made). */
    private static UUID ownOrNew(UUID sent, Set<UUID> own) {
        return sent != null && own.remove(sent) ? sent : null;
    }

    ServiceEntry assemble(DirectoryService s) {
        UUID id = s.id();
        List<ServiceAtLocation> links = parts(ServiceAtLocation.class, id);
        Map<UUID, DirectoryLocation> places = links.isEmpty() ? Map.of() : em.createQuery(
                        "select l from DirectoryLocation l where l.id in :ids", DirectoryLocation.class)
                .setParameter("ids", links.stream().map(ServiceAtLocation::locationId).toList()).getResultStream()
                .collect(Collectors.toMap(DirectoryLocation::id, Function.identity()));
        List<ServiceTerm> termLinks = parts(ServiceTerm.class, id);
        Map<UUID, DirectoryTerm> terms = termLinks.isEmpty() ? Map.of() : em.createQuery(
                        "select t from DirectoryTerm t where t.id in :ids", DirectoryTerm.class)
                .setParameter("ids", termLinks.stream().map(ServiceTerm::termId).toList()).getResultStream()
                .collect(Collectors.toMap(DirectoryTerm::id, Function.identity()));
        return new ServiceEntry(s, organisation(s.organisationId()).orElse(null),
                links.stream().map(a -> new ServiceEntry.Placement(a, places.get(a.locationId())))
                        .sorted(java.util.Comparator.comparing(p -> p.location().name())).toList(),
                sorted(parts(ServiceSchedule.class, id), java.util.Comparator.comparing(ServiceSchedule::inWords)),
                sorted(parts(ServiceContact.class, id), java.util.Comparator.comparing(c -> c.name() == null ? "" : c.name())),
                sorted(parts(ServiceCost.class, id), java.util.Comparator.comparing(ServiceCost::inWords)),
                sorted(parts(ServiceLanguage.class, id), java.util.Comparator.comparing(ServiceLanguage::name)),
                termLinks.stream().map(t -> new ServiceEntry.Classification(t, terms.get(t.termId())))
                        .sorted(java.util.Comparator.comparing(c -> c.term().name())).toList());
    }

    /** The parts of an entry in an order people read (and the same every time), whatever their ids. */
    private static <T> List<T> sorted(List<T> parts, java.util.Comparator<T> order) {
        return parts.stream().sorted(order).toList();
    }

    private <T extends ServicePart> List<T> parts(Class<T> type, UUID serviceId) {
        return em.createQuery("select p from " + type.getSimpleName() + " p where p.serviceId = :s order by p.id", type)
                .setParameter("s", serviceId).getResultList();
    }

    private <T> DirectoryPage<T> pageOf(String entity, Class<T> type, int page, int perPage) {
        long total = em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
        List<T> items = em.createQuery("select x from " + entity + " x order by x.name, x.id", type)
                .setFirstResult((page - 1) * perPage).setMaxResults(perPage).getResultList();
        return new DirectoryPage<>(items, total, page, perPage);
    }

    /** The JPQL condition on services {@code s} for a search, its parameters added to {@code params}. */
    private static String where(DirectorySearch q, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        and.add("1 = 1");
        if (!q.withDefunct()) {
            and.add("s.status <> :defunct");
            params.put("defunct", ServiceStatus.DEFUNCT);
        }
        if (q.text() != null && !q.text().isBlank()) {
            int i = 0;
            for (String word : q.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.isBlank() || i >= 8) {
                    continue;
                }
                String p = "w" + i++;
                params.put(p, "%" + word + "%");
                and.add("(lower(s.name) like :" + p + " or lower(s.description) like :" + p
                        + " or exists (select o from DirectoryOrganisation o where o.id = s.organisationId and lower(o.name) like :" + p + ")"
                        + " or exists (select st from ServiceTerm st, DirectoryTerm t where st.serviceId = s.id and t.id = st.termId"
                        + " and lower(t.name) like :" + p + "))");
            }
        }
        if (q.termId() != null) {
            and.add("exists (select st from ServiceTerm st where st.serviceId = s.id and st.termId = :term)");
            params.put("term", q.termId());
        }
        if (q.taxonomyId() != null) {
            and.add("exists (select st from ServiceTerm st, DirectoryTerm t where st.serviceId = s.id and t.id = st.termId"
                    + " and t.taxonomyId = :taxonomy)");
            params.put("taxonomy", q.taxonomyId());
        }
        if (q.organisationId() != null) {
            and.add("s.organisationId = :organisation");
            params.put("organisation", q.organisationId());
        }
        if (q.age() != null) {
            and.add("(s.minimumAge is null or s.minimumAge <= :age) and (s.maximumAge is null or s.maximumAge >= :age)");
            params.put("age", q.age());
        }
        if (q.minimumAge() != null) {
            and.add("s.minimumAge >= :minimumAge");
            params.put("minimumAge", q.minimumAge());
        }
        if (q.maximumAge() != null) {
            and.add("s.maximumAge <= :maximumAge");
            params.put("maximumAge", q.maximumAge());
        }
        if (q.day() != null || q.startTime() != null || q.endTime() != null) {
            StringBuilder sc = new StringBuilder("exists (select sc from ServiceSchedule sc where sc.serviceId = s.id");
            if (q.day() != null) {
                sc.append(" and sc.byday like :day");
                params.put("day", "%" + Days.code(q.day()) + "%");
            }
            if (q.startTime() != null) {
                sc.append(" and sc.opensAt >= :startTime");
                params.put("startTime", q.startTime());
            }
            if (q.endTime() != null) {
                sc.append(" and sc.closesAt <= :endTime");
                params.put("endTime", q.endTime());
            }
            and.add(sc.append(")").toString());
        }
        return String.join(" and ", and);
    }

    /** The entry in words, line by line, for its history's "what changed". */
    static String summary(ServiceEntry e) {
        DirectoryService s = e.service();
        List<String> lines = new ArrayList<>();
        lines.add("Name: " + s.name());
        lines.add("Organisation: " + (e.organisation() == null ? "" : e.organisation().name()));
        lines.add("Description: " + s.description());
        lines.add("How to get it: " + nullToEmpty(s.howToAccess()));
        lines.add("Status: " + s.status().label());
        lines.add("Ages: " + s.agesInWords());
        lines.add("Web page: " + nullToEmpty(s.url()));
        lines.add("E-mail: " + nullToEmpty(s.email()));
        lines.add("Alert: " + nullToEmpty(s.alert()));
        lines.add("Places: " + e.placements().stream().map(p -> p.location().name()).collect(Collectors.joining(", ")));
        lines.add("Opening times: " + e.schedules().stream().map(ServiceSchedule::inWords).sorted().collect(Collectors.joining("; ")));
        lines.add("Contacts: " + e.contacts().stream().map(c -> String.join(" ", nullToEmpty(c.name()), nullToEmpty(c.phone())).trim())
                .sorted().collect(Collectors.joining("; ")));
        lines.add("Costs: " + e.costs().stream().map(ServiceCost::inWords).sorted().collect(Collectors.joining("; ")));
        lines.add("Languages: " + e.languages().stream().map(ServiceLanguage::name).sorted().collect(Collectors.joining(", ")));
        lines.add("Terms: " + e.classifications().stream().map(c -> c.term().name()).collect(Collectors.joining(", ")));
        return String.join("\n", lines);
    }

    private void requireManager() {
        if (!access.mayManage()) {
            throw new NotAllowedException("Only the council's administrators can change this part of the directory.");
        }
    }

    private String reviewer() {
        return caller.email().filter(e -> EMAIL.matcher(e).matches()).orElse(null);
    }

    static boolean isWebAddress(String value) {
        try {
            URI u = new URI(value.trim());
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
