package org.nottspartners.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.directory.Directory;
import org.nottspartners.portal.core.directory.DirectoryOrganisation;
import org.nottspartners.portal.core.directory.DirectoryPage;
import org.nottspartners.portal.core.directory.DirectorySearch;
import org.nottspartners.portal.core.directory.DirectoryService;
import org.nottspartners.portal.core.directory.DirectoryTerm;
import org.nottspartners.portal.core.directory.SearchParameters;
import org.nottspartners.portal.core.directory.ServiceEntry;
import org.nottspartners.portal.core.directory.ServiceStatus;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.tenancy.Tenant;
import org.nottspartners.portal.core.tenancy.TenantContext;
import org.nottspartners.portal.core.tenancy.TenantDirectory;

/**
 * The public's "Find a service" pages (issue 19), open to anyone without signing in: a council's directory searched by
 * words, the child's age and the kind of help, ten to a page, and one service in full. Plain GET forms in the GOV.UK
 * Design System's patterns: an address can be bookmarked or shared, and the back button works.
 */
@Named
@RequestScoped
public class ServiceFinder {

    private static final int PER_PAGE = 10;

    @Inject
    Directory directory;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    private Map<String, String> params;
    private Tenant council;
    private DirectoryPage<DirectoryService> results;
    private Map<UUID, DirectoryOrganisation> organisations = Map.of();
    private ServiceEntry entry;

    @PostConstruct
    void enter() {
        params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        council = Optional.ofNullable(params.get("council")).flatMap(tenants::find).orElse(null);
        if (council != null) {
            tenantContext.enter(council.id());
            if (isSearched()) {
                getResults(); // now, so that a wrong answer is in the error summary, which the page shows before the results
            }
        }
    }

    public List<Tenant> getCouncils() {
        return tenants.tenants();
    }

    public Tenant getCouncil() {
        return council;
    }

    public String param(String name) {
        String v = params.get(name);
        return v == null ? "" : v;
    }

    /** The search the address asks for; its problems as the page's errors (with no results). */
    public DirectoryPage<DirectoryService> getResults() {
        if (results == null && council != null) {
            try {
                Map<String, String> asked = new LinkedHashMap<>();
                for (String p : List.of("search", "age", "taxonomy_term_id", "page")) {
                    asked.put(p, param(p));
                }
                asked.put("per_page", Integer.toString(PER_PAGE));
                DirectorySearch q = SearchParameters.parse(asked::get, false);
                results = directory.search(q);
                organisations = directory.organisationsOf(results.items());
            } catch (InvalidInputException e) {
                FacesContext faces = FacesContext.getCurrentInstance();
                e.errors().forEach(err -> faces.addMessage(fieldOf(err.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        wordsFor(err.field()), null)));
                results = new DirectoryPage<>(List.of(), 0, 1, PER_PAGE);
            }
        }
        return results;
    }

    /** "1 service found", "12 services found". */
    public String getResultsHeading() {
        long n = getResults().totalItems();
        return n == 1 ? "1 service found" : n + " services found";
    }

    public boolean isSearched() {
        return !param("search").isBlank() || !param("age").isBlank() || !param("taxonomy_term_id").isBlank() || !param("page").isBlank();
    }

    public DirectoryOrganisation organisationOf(DirectoryService s) {
        getResults();
        return organisations.get(s.organisationId());
    }

    public List<DirectoryTerm> getTerms() {
        return council == null ? List.of() : directory.terms();
    }

    /** The service the address names, if it is in this council's directory and not closed for good. */
    public ServiceEntry getEntry() {
        if (entry == null && council != null) {
            try {
                entry = directory.entry(UUID.fromString(param("id"))).filter(e -> e.service().status() != ServiceStatus.DEFUNCT)
                        .orElse(null);
            } catch (IllegalArgumentException e) {
                entry = null;
            }
        }
        return entry;
    }

    /** The address of another page of the same search. */
    public String pageAddress(int page) {
        StringBuilder b = new StringBuilder("index.xhtml?council=").append(encode(council.id()));
        for (String p : List.of("search", "age", "taxonomy_term_id")) {
            if (!param(p).isBlank()) {
                b.append('&').append(p).append('=').append(encode(param(p)));
            }
        }
        return b.append("&page=").append(page).toString();
    }

    /** The address of the search this service was found by, for the back link. */
    public String backAddress() {
        return "index.xhtml?council=" + encode(council.id());
    }

    /** "Last checked on 1 June 2026.", as GOV.UK writes dates. */
    public String checkedInWords(DirectoryService s) {
        return s.reviewedOn() == null ? "This entry has not been checked yet."
                : "Last checked on " + s.reviewedOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)) + ".";
    }

    public boolean isActive(DirectoryService s) {
        return s.status() == ServiceStatus.ACTIVE;
    }

    private static String fieldOf(String field) {
        return "age".equals(field) ? "age" : "taxonomy_term_id".equals(field) ? "term" : "search";
    }

    private static String wordsFor(String field) {
        return switch (field) {
            case "age" -> "Enter the child's age as a number of years, like 7";
            case "taxonomy_term_id" -> "Choose a kind of help from the list";
            case "page" -> "There is no such page of results";
            default -> "Enter fewer than 200 characters";
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
