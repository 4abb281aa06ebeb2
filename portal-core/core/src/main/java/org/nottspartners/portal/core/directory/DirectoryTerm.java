package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.CouncilConfiguration;

/** A term of a taxonomy ("Parenting support"), which services are classified by. */
@Entity
@Table(name = "dir_term")
public class DirectoryTerm extends CouncilConfiguration {

    @Column(name = "taxonomy_id", nullable = false)
    private UUID taxonomyId;

    @Column(name = "parent_id", length = 36)
    private String parentId;

    @Column(name = "code", length = 100)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "term_uri", length = 500)
    private String termUri;

    protected DirectoryTerm() {
    }

    DirectoryTerm(String tenantId, UUID id, UUID taxonomyId, UUID parentId, String code, String name, String description,
            String termUri) {
        super(tenantId, id);
        this.taxonomyId = taxonomyId;
        this.parentId = parentId == null ? null : parentId.toString();
        this.code = code;
        this.name = name;
        this.description = description;
        this.termUri = termUri;
    }

    public UUID taxonomyId() {
        return taxonomyId;
    }

    public UUID parentId() {
        return parentId == null ? null : UUID.fromString(parentId);
    }

    /** The term as its taxonomy writes it (a code), or its name when the taxonomy has no codes. */
    public String code() {
        return code == null ? name : code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String termUri() {
        return termUri;
    }
}
