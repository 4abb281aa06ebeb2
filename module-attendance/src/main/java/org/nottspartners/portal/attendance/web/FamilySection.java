package org.nottspartners.portal.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.UUID;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.time.Today;

/** The family record's attendance section for a child with a UPN: attendance this school year, and the way to the pupil page. */
@Named("attendanceSection")
@RequestScoped
public class FamilySection {

    @Inject
    PersonRecordAccess people;

    @Inject
    PupilAttendance pupils;

    @Inject
    Today today;

    /** This school year's attendance, or null for someone without a UPN (an adult, say). */
    public PupilAttendance.Rates ratesOf(Object personId) {
        if (personId == null) {
            return null;
        }
        UUID id = personId instanceof UUID u ? u : UUID.fromString(personId.toString());
        Person p = people.open(id).orElse(null);
        LocalDate on = today.date();
        return p == null || p.upn() == null ? null : pupils.rates(id, PupilAttendance.schoolYearStart(on), on);
    }
}
