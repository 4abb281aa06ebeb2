package org.nottspartners.portal.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A council using the portal: {@code city} (Nottingham City Council) or {@code county} (Nottinghamshire). */
@Entity
@Table(name = "core_tenant")
public class Tenant {

    @Id
    @Column(name = "id", length = 32)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tenant() {
        // for JPA
    }

    public Tenant(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }
}
