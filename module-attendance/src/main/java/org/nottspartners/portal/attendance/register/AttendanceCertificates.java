package org.nottspartners.portal.attendance.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.nottspartners.portal.core.module.AttendanceEvidence;
import org.nottspartners.portal.core.problem.InvalidInputException;

/** Attendance's answer to core's {@link AttendanceEvidence}: a pupil's rate over a period from the school registers. */
@ApplicationScoped
public class AttendanceCertificates implements AttendanceEvidence {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Inject
    PupilAttendance pupils;

    @Override
    public Optional<Certificate> certificate(UUID personId, LocalDate from, LocalDate to) {
        PupilAttendance.Rates rates;
        try {
            rates = pupils.rates(personId, from, to);
        } catch (InvalidInputException noUpn) {
            return Optional.empty();
        }
        if (rates.rate().possible() == 0) {
            return Optional.empty();
        }
        double percent = rates.attendancePercent();
        return Optional.of(new Certificate(percent, rates.rate().possible(), from, to, "Attendance certificate: " + percent + "% of "
                + rates.rate().possible() + " possible sessions from " + from.format(DAY) + " to " + to.format(DAY)
                + ", from the school registers"));
    }
}
