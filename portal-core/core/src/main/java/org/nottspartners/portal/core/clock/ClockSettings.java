package org.nottspartners.portal.core.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.nottspartners.portal.core.settings.SettingDefinition;
import org.nottspartners.portal.core.settings.SettingSource;

/** The settings the core's quality-standard clocks read (each standard's own timescale is a {@code standard.} setting). */
@ApplicationScoped
public class ClockSettings implements SettingSource {

    /** How many working days ahead a deadline counts as "due soon". */
    public static final SettingDefinition DUE_SOON = SettingDefinition.number("clocks.due-soon-working-days", 2,
            "Working days ahead of a deadline from which the dashboards show it as due soon",
            "RULES.md §8 (quality standards dashboard)");

    /** How many days a relaxation holds before a group manager must review it (002 §3c5: weekly). */
    public static final SettingDefinition RELAXATION_REVIEW = SettingDefinition.number("clocks.relaxation-review-days", 7,
            "Days a group manager's relaxation of a standard holds before it must be reviewed",
            "RULES.md §8; 002 §3c5 (reviewed weekly)");

    @Override
    public List<SettingDefinition> settings() {
        return List.of(DUE_SOON, RELAXATION_REVIEW);
    }
}
