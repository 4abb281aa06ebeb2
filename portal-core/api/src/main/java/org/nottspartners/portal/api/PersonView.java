package org.nottspartners.portal.api;

import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.person.Person;

/** A person as the API shows them. */
public record PersonView(UUID id, String tenant, String givenName, String familyName, LocalDate dateOfBirth, long version) {

    static PersonView of(Person p) {
        return new PersonView(p.id(), p.tenantId(), p.givenName(), p.familyName(), p.dateOfBirth(), p.version());
    }
}
