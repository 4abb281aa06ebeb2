package org.nottspartners.portal.core.module;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A pupil's attendance over a period as evidence other modules can cite (Supporting Families: "an attendance
 * certificate is computed from the attendance module where it is on", issue 18). The attendance module offers one as a
 * CDI bean; a portal without it has none. Called inside the council of the request.
 */
public interface AttendanceEvidence {

    /** A certificate: the share of possible sessions attended over the period, from the school registers. */
    record Certificate(double attendancePercent, int possibleSessions, LocalDate from, LocalDate to, String inWords) {
    }

    /** The pupil's certificate for the period; empty when the council's registers hold no possible session of theirs in it. */
    Optional<Certificate> certificate(UUID personId, LocalDate from, LocalDate to);
}
