package org.nottspartners.portal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.core.person.Address;

/**
 * An address of a person as the API shows it: from the day they moved in to the last day they lived there
 * ({@code to} is null and {@code current} true while they still do), with its lines as a letter prints them.
 */
public record AddressView(UUID id, UUID personId, String line1, String line2, String town, String postcode, String uprn,
        LocalDate from, LocalDate to, boolean current, List<String> lines, long version) {

    static AddressView of(Address a) {
        var p = a.postal();
        return new AddressView(a.id(), a.personId(), p.line1(), p.line2(), p.town(), p.postcode(), p.uprn(), a.from(), a.to(),
                a.isCurrent(), p.lines(), a.version());
    }
}
