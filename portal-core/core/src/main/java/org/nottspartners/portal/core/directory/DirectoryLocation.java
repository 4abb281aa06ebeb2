package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.CouncilConfiguration;

/** A place where services are delivered (a Family Hub, a Children's Centre), or "online" and "by phone" ({@code virtual}). */
@Entity
@Table(name = "dir_location")
public class DirectoryLocation extends CouncilConfiguration {

    /** The standard's kinds of location. */
    public static final java.util.List<String> TYPES = java.util.List.of("physical", "postal", "virtual");

    @Column(name = "location_type", nullable = false, length = 20)
    private String locationType;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description")
    private String description;

    @Column(name = "address_1", length = 200)
    private String address;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "region", length = 100)
    private String region;

    @Column(name = "postcode", length = 10)
    private String postcode;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "accessibility")
    private String accessibility;

    protected DirectoryLocation() {
    }

    DirectoryLocation(String tenantId, UUID id) {
        super(tenantId, id);
    }

    void details(LocationForm f) {
        this.locationType = f.locationType();
        this.name = f.name();
        this.description = f.description();
        this.address = f.address();
        this.city = f.city();
        this.region = f.region();
        this.postcode = f.postcode() == null ? null : Postcodes.normalise(f.postcode());
        this.latitude = f.latitude();
        this.longitude = f.longitude();
        this.accessibility = f.accessibility();
    }

    public String locationType() {
        return locationType;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The first line of its address. */
    public String address() {
        return address;
    }

    public String city() {
        return city;
    }

    public String region() {
        return region;
    }

    public String postcode() {
        return postcode;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public String accessibility() {
        return accessibility;
    }

    /** Whether it has a postal address the standard can publish (it needs a first line, a town and a postcode). */
    public boolean hasAddress() {
        return address != null && city != null && postcode != null;
    }
}
