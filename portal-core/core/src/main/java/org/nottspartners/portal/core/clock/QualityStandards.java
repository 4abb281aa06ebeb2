package org.nottspartners.portal.core.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nottspartners.portal.core.calendar.DueRule;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.calendar.QualityStandardSettings;
import org.nottspartners.portal.core.calendar.StandardVersion;
import org.nottspartners.portal.core.module.ModuleRegistry;
import org.nottspartners.portal.core.module.PortalModule;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.SettingHistory;
import org.nottspartners.portal.core.tenancy.TenantSettings;

/**
 * The quality standards the installed modules register, with the current council's own numbers: a
 * council changes a standard's timescale by giving the setting {@code standard.<id>} a value such as
 * "10 working days" from a date; clocks started before that date keep the old number (RULES.md §0).
 */
@ApplicationScoped
public class QualityStandards {

    /** Module defaults take effect from this day, earlier than any case the portal holds. */
    static final LocalDate DEFAULTS_FROM = LocalDate.of(2000, 1, 1);

    /** The prefix of the council setting that changes a standard's timescale. */
    public static final String SETTING_PREFIX = "standard.";

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantSettings settings;

    /** Every registered standard with its default timescale, and the module that registered it. */
    public Map<QualityStandard, PortalModule> registered() {
        Map<QualityStandard, PortalModule> all = new LinkedHashMap<>();
        for (PortalModule m : modules.modules()) {
            m.qualityStandards().forEach(s -> all.put(s, m));
        }
        return all;
    }

    public Optional<PortalModule> moduleOf(String standardId) {
        return registered().entrySet().stream().filter(e -> e.getKey().id().equals(standardId)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The current council's standards: each module's default, then each change the council made, by date. */
    public QualityStandardSettings forCurrentCouncil() {
        String council = TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
        List<StandardVersion> versions = new ArrayList<>();
        for (QualityStandard standard : registered().keySet()) {
            versions.add(new StandardVersion(DEFAULTS_FROM, standard));
            for (SettingHistory.Entry change : settings.entries(SETTING_PREFIX + standard.id())) {
                versions.add(new StandardVersion(change.effectiveFrom(), standard.withDueRule(DueRule.parse(change.value()))));
            }
        }
        return QualityStandardSettings.of(council, versions);
    }
}
