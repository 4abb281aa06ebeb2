package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.CouncilConfiguration;

/** A vocabulary a council classifies its services by (its own, or a national one such as the LGA's service types). */
@Entity
@Table(name = "dir_taxonomy")
public class DirectoryTaxonomy extends CouncilConfiguration {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "uri", length = 500)
    private String uri;

    @Column(name = "taxonomy_version", length = 50)
    private String taxonomyVersion;

    protected DirectoryTaxonomy() {
    }

    DirectoryTaxonomy(String tenantId, UUID id, String name, String description, String uri, String taxonomyVersion) {
        super(tenantId, id);
        this.name = name;
        this.description = description;
        this.uri = uri;
        this.taxonomyVersion = taxonomyVersion;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String uri() {
        return uri;
    }

    public String taxonomyVersion() {
        return taxonomyVersion;
    }
}
