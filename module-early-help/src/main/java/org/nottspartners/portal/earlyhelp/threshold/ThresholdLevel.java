package org.nottspartners.portal.earlyhelp.threshold;

import org.nottspartners.portal.core.persistence.CouncilConfiguration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One level of a council's threshold framework from a date (RULES.md §1): County's Pathway to Provision
 * levels 1-4 (002 §1a), City's Family Support Pathway levels in three bands (001 L1130-1134). A new
 * version of a level is a new row with a later effective date. Configuration, outside row-level security.
 */
@Entity
@Table(name = "eh_threshold_level")
public class ThresholdLevel extends CouncilConfiguration {

    @Column(name = "framework", nullable = false, length = 20)
    private String framework;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "band", nullable = false, length = 100)
    private String band;

    @Column(name = "early_help", nullable = false)
    private boolean earlyHelp;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    protected ThresholdLevel() {
        // for JPA
    }

    /** A version of a level of the council's framework, in force from a date. */
    public ThresholdLevel(String tenantId, String framework, String code, String name, String description, String band,
            boolean earlyHelp, int sortOrder, LocalDate effectiveFrom) {
        super(tenantId);
        this.framework = framework;
        this.code = code;
        this.name = name;
        this.description = description;
        this.band = band;
        this.earlyHelp = earlyHelp;
        this.sortOrder = sortOrder;
        this.effectiveFrom = effectiveFrom;
    }

    public String framework() {
        return framework;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String band() {
        return band;
    }

    /** Whether the level is early help's to work (not universal, not social care). */
    public boolean earlyHelp() {
        return earlyHelp;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
