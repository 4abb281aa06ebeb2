package org.nottspartners.portal.attendance.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.nottspartners.portal.attendance.register.PupilAttendance;
import org.nottspartners.portal.attendance.rules.AttendanceSettings;
import org.nottspartners.portal.core.access.PersonRecordAccess;
import org.nottspartners.portal.core.event.CaseManagementReferral;
import org.nottspartners.portal.core.person.Person;
import org.nottspartners.portal.core.person.PersonNotFoundException;
import org.nottspartners.portal.core.problem.ActionRefusedException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;
import org.nottspartners.portal.core.tenancy.TenantSettings;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;

/**
 * An attendance officer refers a pupil for case management (County 002 §1b4; the form of 000 §2.10): refused unless
 * the council refers this way and the pupil's attendance over the weeks before today is below its percentage with
 * unauthorised absence; then handed off through core's {@link CaseManagementReferral} to whichever module takes it up
 * (early help), whose reference is the answer. Nothing is saved when nobody takes it up.
 */
@ApplicationScoped
@Transactional
public class CaseManagementReferrals {

    @Inject
    PersonRecordAccess people;

    @Inject
    PupilAttendance pupils;

    @Inject
    TenantSettings settings;

    @Inject
    Today today;

    @Inject
    Event<CaseManagementReferral> handOff;

    /** The referral form (000 §2.10). */
    public record Form(String barriers, String parentView, String childView, String schoolActions, String widerIssues,
            String referrerContact) {
    }

    /** What became of a referral: the module that took it up and its reference. */
    public record Outcome(String moduleId, String reference, double attendancePercent, int unauthorisedSessions) {
    }

    public Outcome refer(UUID childId, Form form) {
        LocalDate on = today.date();
        if (settings.choice(AttendanceSettings.REFERRALS, AttendanceSettings.CaseManagementReferrals.class, on)
                != AttendanceSettings.CaseManagementReferrals.LISTED) {
            throw new ActionRefusedException("Not referred this way here", "This council does not refer pupils for case"
                    + " management from attendance; use its own attendance support (waves and cycles).");
        }
        Person child = people.open(childId).orElseThrow(() -> new PersonNotFoundException(childId));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (form == null || blank(form.barriers())) {
            errors.add(new Problem.FieldError("barriers", "Describe the barriers to attending school"));
        }
        if (form == null || blank(form.schoolActions())) {
            errors.add(new Problem.FieldError("schoolActions", "Say what the school has done to meet the parents and improve attendance"));
        }
        if (form == null || blank(form.referrerContact())) {
            errors.add(new Problem.FieldError("referrerContact", "Give a telephone number or email the team can reach you on"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int weeks = settings.number(AttendanceSettings.REFERRAL_WEEKS, on);
        int below = settings.number(AttendanceSettings.REFERRAL_BELOW_PERCENT, on);
        LocalDate from = on.minusWeeks(weeks);
        PupilAttendance.Rates rates = pupils.rates(child.id(), from, on);
        double percent = rates.attendancePercent();
        int unauthorised = rates.rate().unauthorised();
        if (rates.rate().possible() == 0 || percent >= below || unauthorised == 0) {
            throw new ActionRefusedException("Not a referral for case management", child.givenName() + "'s attendance over the "
                    + weeks + " weeks from " + DateText.inWords(from) + " is " + percent + "% with " + unauthorised
                    + " sessions of unauthorised absence: a referral is made below " + below + "% with unauthorised absence");
        }
        String name = child.givenName() + " " + child.familyName();
        String concerns = name + "'s attendance is " + percent + "% over the " + weeks + " weeks from " + DateText.inWords(from)
                + " to " + DateText.inWords(on) + ", with " + unauthorised + " sessions of unauthorised absence.";
        String assessment = "Barriers to attendance: " + form.barriers().strip()
                + "\nParent's view: " + text(form.parentView()) + "\nChild's view: " + text(form.childView())
                + "\nWhat the school has done: " + form.schoolActions().strip() + "\nWider issues: " + text(form.widerIssues())
                + "\nAttendance record: " + percent + "% of " + rates.rate().possible() + " possible sessions, "
                + rates.rate().absent() + " missed, " + unauthorised + " unauthorised (" + DateText.inWords(from) + " to "
                + DateText.inWords(on) + ")";
        CaseManagementReferral referral = new CaseManagementReferral(TenantScope.current().orElseThrow(), child.id(),
                child.familyName(), percent, unauthorised, from, on, concerns, assessment, form.referrerContact().strip(),
                today.now(), new CaseManagementReferral.Receipt());
        handOff.fire(referral);
        String reference = referral.receipt().reference().orElseThrow(() -> new ActionRefusedException("Nobody takes the"
                + " referral", "No service in this council takes referrals for case management just now (early help is"
                + " switched off); nothing has been saved."));
        return new Outcome(referral.receipt().moduleId().orElseThrow(), reference, percent, unauthorised);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s) {
        return blank(s) ? "not given" : s.strip();
    }
}
