package org.nottspartners.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * One entry of a council's postcode-to-ward map (see {@link WardMap}). Configuration rather than a
 * council's records, so outside row-level security ({@code for_tenant}); changed by the council's
 * administrators only, and audited.
 */
@Entity
@Table(name = "core_ward_postcode")
public class PostcodeWard {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "for_tenant", nullable = false, length = 32)
    private String tenantId;

    @Column(name = "postcode_prefix", nullable = false, length = 8)
    private String postcodePrefix;

    @Column(name = "ward", nullable = false, length = 100)
    private String ward;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PostcodeWard() {
        // for JPA
    }

    public PostcodeWard(String tenantId, String postcodePrefix, String ward) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
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
