package org.nottspartners.portal.housing.rules;

import java.util.List;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.calendar.QualityStandardSettings;

/**
 * The emergency timescales core's clocks time in hours (RULES.md §6; 002 §8a2), read from
 * {@code housing/quality-standards.csv}: a Rapid Assessment Worker allocated within 1 hour of an emergency
 * presentation, contact within 2 hours, and daily contact while the young person is in an emergency bed. The hours
 * are real elapsed time, nights, weekends and bank holidays included. A council changes one from a date with the
 * setting {@code standard.<id>}.
 */
public final class HousingStandards {

    public static final String RAW_ALLOCATION = "hsg-raw-allocation";
    public static final String FIRST_CONTACT = "hsg-first-contact";
    public static final String BED_CONTACT = "hsg-bed-contact";

    public static final String RESOURCE = "/housing/quality-standards.csv";

    public static final List<QualityStandard> ALL = QualityStandardSettings.shipped(HousingStandards.class, RESOURCE);

    private HousingStandards() {
    }
}
