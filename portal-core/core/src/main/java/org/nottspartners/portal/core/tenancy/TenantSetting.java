package org.nottspartners.portal.core.tenancy;

import org.nottspartners.portal.core.persistence.CouncilConfiguration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One value of one council setting from an effective date (a threshold, a timescale). Installation
 * configuration rather than a council's records, so outside row-level security ({@code for_tenant});
 * changed only by the council's administrators, and audited.
 */
@Entity
@Table(name = "core_tenant_setting")
public class TenantSetting extends CouncilConfiguration {

    @Column(name = "setting_key", nullable = false, length = 100)
    private String key;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    protected TenantSetting() {
        // for JPA
    }

    public TenantSetting(String tenantId, String key, LocalDate effectiveFrom, String value) {
        super(tenantId);
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
