package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.nottspartners.portal.core.persistence.CouncilConfiguration;

/**
 * An organisation that runs services in a council's directory: the council's own teams, a health trust, a voluntary
 * group. Its staff, as the sign-in service names their organisation, keep its services up to date.
 */
@Entity
@Table(name = "dir_organisation")
public class DirectoryOrganisation extends CouncilConfiguration {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "website", length = 500)
    private String website;

    @Column(name = "sign_in_organisation", length = 200)
    private String signInOrganisation;

    protected DirectoryOrganisation() {
    }

    DirectoryOrganisation(String tenantId, java.util.UUID id) {
        super(tenantId, id);
    }

    void details(String name, String description, String email, String website, String signInOrganisation) {
        this.name = name;
        this.description = description;
        this.email = email;
        this.website = website;
        this.signInOrganisation = signInOrganisation;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String email() {
        return email;
    }

    public String website() {
        return website;
    }

    /** The organisation whose signed-in staff may edit its services; none for the council's own teams. */
    public String signInOrganisation() {
        return signInOrganisation;
    }
}
