package org.nottspartners.portal.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * Whether a council has a module switched on. A deployed module without a row is on: deploying it is
 * the installation's decision, and a council's administrator switches it off for that council.
 */
@Entity
@Table(name = "core_tenant_module")
@IdClass(TenantModuleSetting.Key.class)
public class TenantModuleSetting {

    @Id
    @Column(name = "for_tenant", length = 32)
    private String tenantId;

    @Id
    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TenantModuleSetting() {
        // for JPA
    }

    public TenantModuleSetting(String tenantId, String moduleId, boolean enabled) {
        this.tenantId = tenantId;
        this.moduleId = moduleId;
        this.enabled = enabled;
    }

    public String tenantId() {
        return tenantId;
    }

    public String moduleId() {
        return moduleId;
    }

    public boolean enabled() {
        return enabled;
    }

    public void switchTo(boolean enabled) {
        this.enabled = enabled;
    }

    /** Composite key: council and module. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private String moduleId;

        public Key() {
        }

        public Key(String tenantId, String moduleId) {
            this.tenantId = tenantId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, moduleId);
        }
    }
}
