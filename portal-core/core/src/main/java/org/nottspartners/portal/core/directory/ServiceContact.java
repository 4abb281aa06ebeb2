package org.nottspartners.portal.core.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** Who to ask about a service: a desk or a role ("Duty worker"), with its phone; never a family member. */
@Entity
@Table(name = "dir_contact")
public class ServiceContact extends ServicePart {

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "title", length = 200)
    private String title;

    @Column(name = "phone", length = 40)
    private String phone;

    protected ServiceContact() {
    }

    ServiceContact(String tenantId, UUID serviceId, ServiceForm.Contact c) {
        super(tenantId, c.id(), serviceId);
        this.name = c.name();
        this.title = c.title();
        this.phone = c.phone();
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String phone() {
        return phone;
    }
}
