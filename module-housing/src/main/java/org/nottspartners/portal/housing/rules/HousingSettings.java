package org.nottspartners.portal.housing.rules;

import java.util.EnumSet;
import java.util.List;
import org.nottspartners.portal.core.settings.SettingDefinition;

/**
 * The council settings 16/17 housing reads, each with its default from RULES.md §6 and its meaning. A council changes
 * one from a date; the rules take the value in force on the day they judge. The A1 scoring scheme is council data of
 * its own (versions with effective dates), not a setting.
 */
public final class HousingSettings {

    private static final String LAW = "RULES.md §6 (the Southwark judgment, 2009; Children Act 1989 s20)";

    public static final SettingDefinition LOOKED_AFTER_HOURS = SettingDefinition.number("housing.looked-after-after-hours", 24,
            "Hours accommodated under section 20 after which the young person is looked after", LAW);
    public static final SettingDefinition ADULT_AGE = SettingDefinition.number("housing.adult-age", 18,
            "The age from which the places unsuitable for children may be offered", LAW);
    public static final SettingDefinition UNSUITABLE = SettingDefinition.choices("housing.unsuitable-for-children", ProviderKind.class,
            EnumSet.of(ProviderKind.BED_AND_BREAKFAST, ProviderKind.SHARED_ADULT_HOSTEL),
            "The kinds of place never offered to a young person under the adult age", LAW);
    public static final SettingDefinition PLANNED_RAW_WEEKS = SettingDefinition.number("housing.planned-move-raw-weeks", 3,
            "Weeks of RAW support in an emergency bed for a planned move with a social-care lead professional",
            "RULES.md §6 (002 §8b)");

    public static final List<SettingDefinition> ALL = List.of(LOOKED_AFTER_HOURS, ADULT_AGE, UNSUITABLE, PLANNED_RAW_WEEKS);

    private HousingSettings() {
    }
}
