package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.nottspartners.portal.core.persistence.CouncilConfiguration;

/** Where a postcode is (its centroid, as the ONS Postcode Directory gives it), for finding services near it. */
@Entity
@Table(name = "dir_postcode")
public class PostcodeCentroid extends CouncilConfiguration {

    @Column(name = "postcode", nullable = false, length = 10)
    private String postcode;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    protected PostcodeCentroid() {
    }

    PostcodeCentroid(String tenantId, String postcode, double latitude, double longitude) {
        super(tenantId);
        this.postcode = postcode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String postcode() {
        return postcode;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }
}
