package org.nottspartners.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.TenantOwnedRecord;

/**
 * Where a person lived, from the day they moved in to the last day they lived there ({@code to} is empty while
 * they still do): one entry of their address history ({@link AddressBook}, {@link AddressRules}).
 */
@Entity
@Table(name = "core_person_address")
public class Address extends TenantOwnedRecord {

    public static final String RECORD_TYPE = "address";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "line1", nullable = false, length = 200)
    private String line1;

    @Column(name = "line2", length = 200)
    private String line2;

    @Column(name = "town", nullable = false, length = 100)
    private String town;

    @Column(name = "postcode", nullable = false, length = 8)
    private String postcode;

    @Column(name = "uprn", length = 12)
    private String uprn;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected Address() {
        // for JPA
    }

    /** A new current address of the person, from the day they moved in. */
    public Address(UUID personId, PostalAddress address, LocalDate from) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.line1 = address.line1();
        this.line2 = address.line2();
        this.town = address.town();
        this.postcode = address.postcode();
        this.uprn = address.uprn();
        this.fromDate = from;
    }

    /** The person moved away: {@code lastDay} is the last day they lived here. */
    void closeOn(LocalDate lastDay) {
        if (toDate != null) {
            throw new IllegalStateException("Address " + id + " was already closed on " + toDate);
        }
        this.toDate = lastDay;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    /** The address itself, as it is written on a letter. */
    public PostalAddress postal() {
        return new PostalAddress(line1, line2, town, postcode, uprn);
    }

    public LocalDate from() {
        return fromDate;
    }

    /** The last day they lived here, or null while they still do. */
    public LocalDate to() {
        return toDate;
    }

    public boolean isCurrent() {
        return toDate == null;
    }

    public AddressRules.Period period() {
        return new AddressRules.Period(fromDate, toDate);
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return id.toString();
    }
}
