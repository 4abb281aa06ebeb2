package org.nottspartners.portal.licensing.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.nottspartners.portal.core.tenancy.TenantSettings;

/** The limits in force in the current council on a day, read from its settings for the plain rules. */
@ApplicationScoped
public class LicensingLimits {

    @Inject
    TenantSettings settings;

    public PerformanceLimits performance(LocalDate on) {
        List<PerformanceLimits.AgeBand> bands = LicensingSettings.BANDS.stream().map(b -> new PerformanceLimits.AgeBand(b.fromAge(),
                b.toAge(), settings.timeOfDay(b.earliest(), on), settings.timeOfDay(b.latest(), on),
                Duration.ofMinutes(settings.number(b.longestMinutes(), on)))).toList();
        return new PerformanceLimits(bands, hours(LicensingSettings.OVERNIGHT_BREAK, on), hours(LicensingSettings.NIGHT_WORK_BREAK, on),
                settings.timeOfDay(LicensingSettings.NIGHT_WORK_AFTER, on), settings.number(LicensingSettings.CONSECUTIVE_DAYS, on),
                settings.number(LicensingSettings.CHAPERONE_CHILDREN, on), settings.number(LicensingSettings.TUTOR_CHAPERONE_CHILDREN, on),
                settings.number(LicensingSettings.FOUR_DAY_RULE_DAYS, on), settings.number(LicensingSettings.FOUR_DAY_RULE_MONTHS, on));
    }

    public EmploymentLimits employment(LocalDate on) {
        return new EmploymentLimits(settings.number(LicensingSettings.MINIMUM_AGE, on), settings.number(LicensingSettings.LIGHT_WORK_AGE, on),
                settings.choices(LicensingSettings.LIGHT_WORK, LightWork.class, on), settings.timeOfDay(LicensingSettings.EARLIEST, on),
                settings.timeOfDay(LicensingSettings.LATEST, on), settings.timeOfDay(LicensingSettings.SCHOOL_STARTS, on),
                settings.timeOfDay(LicensingSettings.SCHOOL_ENDS, on), minutes(LicensingSettings.SCHOOL_DAY, on),
                minutes(LicensingSettings.BEFORE_SCHOOL, on), minutes(LicensingSettings.SATURDAY_YOUNGER, on),
                minutes(LicensingSettings.SATURDAY_OLDER, on), minutes(LicensingSettings.SUNDAY, on), hours(LicensingSettings.TERM_WEEK, on),
                hours(LicensingSettings.HOLIDAY_WEEK_YOUNGER, on), hours(LicensingSettings.HOLIDAY_WEEK_OLDER, on),
                settings.number(LicensingSettings.OLDER_AGE, on), minutes(LicensingSettings.WORK_BEFORE_BREAK, on),
                minutes(LicensingSettings.BREAK, on), settings.number(LicensingSettings.FREE_HOLIDAY_WEEKS, on));
    }

    public int number(org.nottspartners.portal.core.settings.SettingDefinition setting, LocalDate on) {
        return settings.number(setting, on);
    }

    private Duration hours(org.nottspartners.portal.core.settings.SettingDefinition setting, LocalDate on) {
        return Duration.ofHours(settings.number(setting, on));
    }

    private Duration minutes(org.nottspartners.portal.core.settings.SettingDefinition setting, LocalDate on) {
        return Duration.ofMinutes(settings.number(setting, on));
    }
}
