package org.nottspartners.portal.core.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A service's whole entry, as a page or the API sends it: saved whole or not at all. {@code version} is the version
 * the sender read (left out for a new service). Lists left out are saved empty.
 */
public record ServiceForm(UUID organisationId, String name, String description, String howToAccess, String url,
        String email, String status, Integer minimumAge, Integer maximumAge, LocalDate reviewedOn, String alert,
        List<Schedule> schedules, List<UUID> locationIds, List<Contact> contacts, List<Cost> costs, List<String> languages,
        List<UUID> termIds, Long version) {

    /** When the service runs: days as the standard writes them ({@code MO,TU}), opening and closing times. */
    public record Schedule(UUID id, String freq, String byday, LocalTime opensAt, LocalTime closesAt, String description,
            UUID serviceAtLocationId) {
    }

    /** A desk or role to contact, never a family member. */
    public record Contact(UUID id, String name, String title, String phone) {
    }

    /** A cost: what it is for, how much (0 for free). */
    public record Cost(UUID id, String option, BigDecimal amount, String amountDescription) {
    }

    public List<Schedule> schedulesOrNone() {
        return schedules == null ? List.of() : schedules;
    }

    public List<UUID> locationIdsOrNone() {
        return locationIds == null ? List.of() : locationIds;
    }

    public List<Contact> contactsOrNone() {
        return contacts == null ? List.of() : contacts;
    }

    public List<Cost> costsOrNone() {
        return costs == null ? List.of() : costs;
    }

    public List<String> languagesOrNone() {
        return languages == null ? List.of() : languages;
    }

    public List<UUID> termIdsOrNone() {
        return termIds == null ? List.of() : termIds;
    }
}
