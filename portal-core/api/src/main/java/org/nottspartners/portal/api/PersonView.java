package org.nottspartners.portal.api;

import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.person.Person;

/**
 * A person as the API shows them. {@code mergedInto} is set on a tombstone: the record was merged into
 * that person, who is the one to read and change.
 */
public record PersonView(UUID id, String tenant, String kind, String givenName, String familyName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, String gender, String ethnicity, String firstLanguage, boolean interpreterNeeded,
        String school, String postcode, String ward, String upn, String nhsNumber, UUID mergedInto, long version,
        String bornIn) {

    static PersonView of(Person p) {
        return new PersonView(p.id(), p.tenantId(), p.kind().name(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.expectedDateOfBirth(), p.gender().name(), p.ethnicity() == null ? null : p.ethnicity().name(),
                p.firstLanguage(), p.interpreterNeeded(), p.school(), p.postcode(), p.ward(), p.upn(), p.nhsNumber(),
                p.mergedInto().orElse(null), p.version(), PersonRecordAccess.bornIn(p.dateOfBirth(), p.expectedDateOfBirth()));
    }

    /**
     * What a search answers a partner about a person whose record they may not open (RULES.md §2: enough to pick or
     * rule out a person): the name, the month and year of birth ({@code bornIn}) and the postcode's district;
     * nothing else.
     */
    static PersonView minimal(Person p) {
        return new PersonView(p.id(), p.tenantId(), p.kind().name(), p.givenName(), p.familyName(), null, null, null, null,
                null, false, null, PersonRecordAccess.minimalPostcode(p.postcode()), null, null, null, null, 0,
                PersonRecordAccess.bornIn(p.dateOfBirth(), p.expectedDateOfBirth()));
    }
}
