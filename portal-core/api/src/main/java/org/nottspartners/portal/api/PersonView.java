package org.nottspartners.portal.api;

import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.person.Person;

/** A person as the API shows them. */
public record PersonView(UUID id, String tenant, String kind, String givenName, String familyName, LocalDate dateOfBirth,
        String postcode, String upn, String nhsNumber, long version) {

    static PersonView of(Person p) {
        return new PersonView(p.id(), p.tenantId(), p.kind().name(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.postcode(), p.upn(), p.nhsNumber(), p.version());
    }
}
