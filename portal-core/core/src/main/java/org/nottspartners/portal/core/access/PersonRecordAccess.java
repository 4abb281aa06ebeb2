package org.nottspartners.portal.core.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.core.identity.CurrentUser;
import org.nottspartners.portal.core.identity.PortalRole;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonDirectory;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * Which people's records the caller may open, for the pages and the API alike (RULES.md §2 "Who may see what").
 * Council staff ({@link FamilyRecordAccess#LIST}) open every person of their council. A partner practitioner may
 * open a record only where they are involved with the person: they recorded the person themselves (after a
 * search found nobody), or a module says so ({@link PersonInvolvement}: they referred the child, hold the case,
 * sit in its Team around the Child). Anyone else is answered as if the person did not exist (404), so that a
 * record's existence is not disclosed; their search answers only what is needed to pick or rule a person out
 * ({@link #minimalPostcode}, {@link #bornIn}).
 */
@ApplicationScoped
public class PersonRecordAccess {

    @Inject
    CurrentUser caller;

    @Inject
    PersonDirectory people;

    @Inject
    Instance<PersonInvolvement> involvements;

    /** Whether the caller opens every record of the council (council staff), not only the ones they are involved with. */
    public boolean seesEveryRecord() {
        return seesEveryRecord(roles());
    }

    /** Whether roles in a council open every record of it: plain logic, for the role matrix tests too. */
    public static boolean seesEveryRecord(Set<PortalRole> rolesInCouncil) {
        return FamilyRecordAccess.LIST.allows(rolesInCouncil);
    }

    /** The person, when the caller may open their record; empty when there is no such person or they may not. */
    public Optional<Person> open(UUID id) {
        if (!FamilyRecordAccess.OPEN.allows(roles())) {
            return Optional.empty();
        }
        if (!seesEveryRecord() && !involved(id, people.recordedBy(id).orElse(null))) {
            return Optional.empty(); // refused before the record is loaded, so no read of it is recorded
        }
        return people.find(id);
    }

    /** Whether the caller may open this person's record. */
    public boolean mayOpen(Person person) {
        if (!FamilyRecordAccess.OPEN.allows(roles())) {
            return false;
        }
        if (seesEveryRecord()) {
            return true;
        }
        return involved(person.id(), person.createdBy());
    }

    /** Whether the caller recorded the person, or a module says they are involved with them. */
    private boolean involved(UUID personId, String recordedBy) {
        String me = caller.userId();
        if (me == null) {
            return false;
        }
        if (me.equals(recordedBy)) {
            return true;
        }
        for (PersonInvolvement involvement : involvements) {
            if (involvement.involves(me, caller.userName(), personId)) {
                return true;
            }
        }
        return false;
    }

    /** The postcode's district only ({@code NG5} of {@code NG5 1AA}): enough to rule a person in or out. */
    public static String minimalPostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) : compact;
    }

    /** The month and year of birth ({@code 2014-05}), or of the expected birth for an unborn child. */
    public static String bornIn(LocalDate dateOfBirth, LocalDate expected) {
        LocalDate day = dateOfBirth != null ? dateOfBirth : expected;
        return day == null ? null : java.time.YearMonth.from(day).toString();
    }

    /** The month and year of birth in words ({@code May 2014}), or null when neither date is known. */
    public static String bornInWords(LocalDate dateOfBirth, LocalDate expected) {
        String month = bornIn(dateOfBirth, expected);
        return month == null ? null : java.time.YearMonth.parse(month)
                .format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }

    private Set<PortalRole> roles() {
        return caller.roles().rolesIn(TenantScope.current().orElse(""));
    }
}
