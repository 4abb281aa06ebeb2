package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.nottspartners.portal.core.persistence.CouncilConfiguration;

/**
 * A service in a council's directory: what it is, who runs it, who it is for, how to get it, whether it is running,
 * and when someone last checked that its entry is right.
 */
@Entity
@Table(name = "dir_service")
public class DirectoryService extends CouncilConfiguration {

    public static final String RECORD_TYPE = "directory-service";

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "how_to_access")
    private String howToAccess;

    @Column(name = "url", length = 500)
    private String url;

    @Column(name = "email", length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ServiceStatus status;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "maximum_age")
    private Integer maximumAge;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", length = 200)
    private String reviewedBy;

    @Column(name = "alert")
    private String alert;

    @Column(name = "last_modified", nullable = false)
    private OffsetDateTime lastModified;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected DirectoryService() {
    }

    DirectoryService(String tenantId, UUID id) {
        super(tenantId, id);
    }

    void details(ServiceForm f, ServiceStatus status, OffsetDateTime now, String by) {
        this.organisationId = f.organisationId();
        this.name = f.name().trim();
        this.description = f.description().trim();
        this.howToAccess = f.howToAccess();
        this.url = f.url();
        this.email = f.email();
        this.status = status;
        this.minimumAge = f.minimumAge();
        this.maximumAge = f.maximumAge();
        this.alert = f.alert();
        this.lastModified = now;
        this.changedBy = by;
    }

    void reviewed(LocalDate on, String by) {
        this.reviewedOn = on;
        this.reviewedBy = by;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** How a family or a practitioner gets the service (self-referral, through early help...). */
    public String howToAccess() {
        return howToAccess;
    }

    public String url() {
        return url;
    }

    public String email() {
        return email;
    }

    public ServiceStatus status() {
        return status;
    }

    public Integer minimumAge() {
        return minimumAge;
    }

    public Integer maximumAge() {
        return maximumAge;
    }

    /** When someone last checked the entry is right (the standard's assured_date). */
    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    /** The e-mail address of whoever checked it, if they gave one (the standard's assurer_email). */
    public String reviewedBy() {
        return reviewedBy;
    }

    public String alert() {
        return alert;
    }

    public OffsetDateTime lastModified() {
        return lastModified;
    }

    public String changedBy() {
        return changedBy;
    }

    /** "0 to 4", "5 and over", "up to 19", "All ages". */
    public String agesInWords() {
        if (minimumAge == null && maximumAge == null) {
            return "All ages";
        }
        if (maximumAge == null) {
            return minimumAge + " and over";
        }
        if (minimumAge == null) {
            return "Up to " + maximumAge;
        }
        return minimumAge + " to " + maximumAge;
    }
}
