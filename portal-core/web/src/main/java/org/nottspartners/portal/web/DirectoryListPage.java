package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.core.directory.Directory;
import org.nottspartners.portal.core.directory.DirectoryAccess;
import org.nottspartners.portal.core.directory.DirectoryOrganisation;
import org.nottspartners.portal.core.directory.DirectoryPage;
import org.nottspartners.portal.core.directory.DirectorySearch;
import org.nottspartners.portal.core.directory.DirectoryService;

/**
 * The services directory for staff and partners (issue 19): find a service for a family; the entries the caller keeps
 * that are due to be checked; and, for those who keep some, adding one.
 */
@Named("directoryList")
@RequestScoped
public class DirectoryListPage {

    @Inject
    Directory directory;

    @Inject
    DirectoryAccess access;

    private String q;
    private DirectoryPage<DirectoryService> results;
    private Map<UUID, DirectoryOrganisation> organisations;

    public DirectoryPage<DirectoryService> getResults() {
        if (results == null) {
            DirectorySearch search = DirectorySearch.all(1, 100).withText(q);
            results = directory.search(new DirectorySearch(search.text(), null, null, null, null, null, null, null, null, null, false,
                    1, 100));
            organisations = directory.organisationsOf(results.items());
        }
        return results;
    }

    public String organisationOf(DirectoryService s) {
        getResults();
        DirectoryOrganisation o = organisations.get(s.organisationId());
        return o == null ? "" : o.name();
    }

    /** The entries the caller keeps that were not checked within the council's months. */
    public List<DirectoryService> getDue() {
        List<DirectoryService> due = directory.dueForReview();
        Map<UUID, DirectoryOrganisation> orgs = directory.organisationsOf(due);
        return due.stream().filter(s -> access.mayEdit(orgs.get(s.organisationId()))).toList();
    }

    public int getReviewMonths() {
        return directory.reviewMonths();
    }

    public boolean isMayAdd() {
        return !directory.editableOrganisations().isEmpty();
    }

    public String checkedInWords(DirectoryService s) {
        return s.reviewedOn() == null ? "Never" : s.reviewedOn().toString();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
