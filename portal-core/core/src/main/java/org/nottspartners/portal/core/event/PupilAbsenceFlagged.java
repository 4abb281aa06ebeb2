package org.nottspartners.portal.core.event;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A module's scan found a pupil persistently or severely absent this school year (attendance: RULES.md §4), so other
 * modules can use it (Supporting Families: "not attending school regularly", RULES.md §7). Fired within the scan's
 * transaction, in the council of the scan, once per pupil and kind each time the scan still finds it.
 *
 * @param kind       {@code persistent-absence} or {@code severe-absence}
 * @param schoolYear the first day of the school year the absence is counted in
 * @param on         the day of the scan
 */
public record PupilAbsenceFlagged(String tenantId, UUID personId, String kind, LocalDate schoolYear, LocalDate on) {
}
