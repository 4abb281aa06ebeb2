package org.nottspartners.portal.core.person;

import org.nottspartners.portal.core.persistence.CouncilConfiguration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One entry of a council's postcode-to-ward map (see {@link WardMap}). Configuration rather than a
 * council's records, so outside row-level security ({@code for_tenant}); changed by the council's
 * administrators only, and audited.
 */
@Entity
@Table(name = "core_ward_postcode")
public class PostcodeWard extends CouncilConfiguration {

    @Column(name = "postcode_prefix", nullable = false, length = 8)
    private String postcodePrefix;

    @Column(name = "ward", nullable = false, length = 100)
    private String ward;

    protected PostcodeWard() {
        // for JPA
    }

    public PostcodeWard(String tenantId, String postcodePrefix, String ward) {
        super(tenantId);
        this.postcodePrefix = WardMap.key(postcodePrefix);
        this.ward = ward.strip();
    }

    public String postcodePrefix() {
        return postcodePrefix;
    }

    public String ward() {
        return ward;
    }
}
