package org.nottspartners.portal.licensing.applications;

import java.util.List;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.calendar.QualityStandardSettings;

/**
 * The licensing timescales core's clocks time (RULES.md §5; 002 §2a12, §14c), read from
 * {@code licensing/quality-standards.csv}: a performance licence decided within 21 days of the complete application (it
 * must arrive at least 21 days before the first performance), an employment permit within 25 days. A council changes
 * one from a date with the setting {@code standard.<id>}.
 */
public final class LicensingStandards {

    public static final String PERFORMANCE_DECISION = "lic-performance-decision";
    public static final String PERMIT_DECISION = "lic-permit-decision";

    static final String RESOURCE = "/licensing/quality-standards.csv";

    public static final List<QualityStandard> ALL = QualityStandardSettings.shipped(LicensingStandards.class, RESOURCE);

    private LicensingStandards() {
    }
}
