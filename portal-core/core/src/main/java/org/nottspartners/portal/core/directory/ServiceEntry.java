package org.nottspartners.portal.core.directory;

import java.time.LocalDate;
import java.util.List;

/** A service with everything that belongs to its entry, read together. */
public record ServiceEntry(DirectoryService service, DirectoryOrganisation organisation, List<Placement> placements,
        List<ServiceSchedule> schedules, List<ServiceContact> contacts, List<ServiceCost> costs,
        List<ServiceLanguage> languages, List<Classification> classifications) {

    /** The service at one of its places. */
    public record Placement(ServiceAtLocation link, DirectoryLocation location) {
    }

    /** One of the terms it is classified by, with the link's own id (the standard's attribute). */
    public record Classification(ServiceTerm link, DirectoryTerm term) {
    }

    /** Whether its entry was checked within the months the council asks, on the given day. */
    public boolean checkedWithin(int months, LocalDate today) {
        LocalDate reviewed = service.reviewedOn();
        return reviewed != null && !reviewed.plusMonths(months).isBefore(today);
    }
}
