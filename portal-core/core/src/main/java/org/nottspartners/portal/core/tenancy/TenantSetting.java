package org.nottspartners.portal.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One value of one council setting from an effective date (a threshold, a timescale). Installation
 * configuration rather than a council's records, so outside row-level security ({@code for_tenant});
 * changed only by the council's administrators, and audited.
 */
@Entity
@Table(name = "core_tenant_setting")
public class TenantSetting {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "for_tenant", nullable = false, length = 32)
    private String tenantId;

    @Column(name = "setting_key", nullable = false, length = 100)
    private String key;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TenantSetting() {
        // for JPA
    }

    public TenantSetting(String tenantId, String key, LocalDate effectiveFrom, String value) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.key = key;
        this.effectiveFrom = effectiveFrom;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public String value() {
        return value;
    }

    public SettingHistory.Entry asEntry() {
        return new SettingHistory.Entry(effectiveFrom, value);
    }
}
