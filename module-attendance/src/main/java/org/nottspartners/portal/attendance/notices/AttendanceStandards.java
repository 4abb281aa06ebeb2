package org.nottspartners.portal.attendance.notices;

import java.util.List;
import org.nottspartners.portal.core.calendar.QualityStandard;
import org.nottspartners.portal.core.calendar.QualityStandardSettings;

/**
 * The attendance quality standards core's clocks time (RULES.md §4; 002 §2a13), read from
 * {@code attendance/quality-standards.csv}: a notice issued within 10 working days of a valid request; paid within 21
 * days at the reduced amount, within 28 in all. A council changes one from a date with the setting {@code standard.<id>}.
 */
public final class AttendanceStandards {

    public static final String NOTICE_ISSUE = "att-notice-issue";
    public static final String NOTICE_REDUCED = "att-notice-reduced";
    public static final String NOTICE_PAYABLE = "att-notice-payable";
    public static final String POST_COURT = "att-post-court";
    public static final String WAVE_CYCLE = "att-wave-cycle";

    static final String RESOURCE = "/attendance/quality-standards.csv";

    public static final List<QualityStandard> ALL = QualityStandardSettings.shipped(AttendanceStandards.class, RESOURCE);

    private AttendanceStandards() {
    }

}
