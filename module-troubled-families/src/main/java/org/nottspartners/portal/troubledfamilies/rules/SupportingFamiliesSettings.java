package org.nottspartners.portal.troubledfamilies.rules;

import java.util.List;
import org.nottspartners.portal.core.settings.SettingDefinition;

/** The council settings Supporting Families reads (RULES.md §7), each a value with an effective date. */
public final class SupportingFamiliesSettings {

    private static final String RULE = "RULES.md §7 (2022-25 framework; one council's practice)";

    public static final SettingDefinition SUSTAIN_MONTHS = SettingDefinition.number("troubled-families.sustain-months", 6,
            "Months after closure every need's outcome must still hold before a claim", RULE);
    public static final SettingDefinition WINDOW_MONTHS = SettingDefinition.number("troubled-families.claim-window-months", 24,
            "Months after closure within which a claim is made", RULE);
    public static final SettingDefinition LAST_RESULT_DAY = SettingDefinition.text("troubled-families.last-result-day", "2025-03-31",
            "The last day a new result could be claimed (payment by results ended for new results after March 2025)", RULE);

    private static final String BOARD = "Issue 18 (the City's board report, 001); 0 is no target";

    public static final SettingDefinition TARGET_ATTACHED = SettingDefinition.number("troubled-families.target.families-attached", 0,
            "The reporting year's target of families attached (flagged at screening)", BOARD);
    public static final SettingDefinition TARGET_SUSTAINED = SettingDefinition.number("troubled-families.target.families-sustained", 0,
            "The reporting year's target of families with every outcome sustained", BOARD);
    public static final SettingDefinition TARGET_CLAIMS = SettingDefinition.number("troubled-families.target.claims", 0,
            "The reporting year's target of claims made (closure checklists to the SAU)", BOARD);

    private static final String COSTS = "RULES.md §7 (the dashboard's cost benefits; the seed gives no figures); 0 is not set";

    public static final SettingDefinition COST_PER_FAMILY = SettingDefinition.count("troubled-families.unit-cost.family", 0,
            "The cost in pounds of the work with one family attached", COSTS);
    public static final SettingDefinition VALUE_PER_OUTCOME = SettingDefinition.count("troubled-families.unit-value.sustained-outcome", 0,
            "The value in pounds of one need's outcome sustained after closure (costs avoided)", COSTS);

    public static final List<SettingDefinition> ALL = List.of(SUSTAIN_MONTHS, WINDOW_MONTHS, LAST_RESULT_DAY, TARGET_ATTACHED,
            TARGET_SUSTAINED, TARGET_CLAIMS, COST_PER_FAMILY, VALUE_PER_OUTCOME);

    private SupportingFamiliesSettings() {
    }
}
