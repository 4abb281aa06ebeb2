package org.nottspartners.portal.licensing.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.calendar.WorkingDayCalendar;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.core.time.Today;
import org.nottspartners.portal.licensing.rules.DayType;
import org.nottspartners.portal.licensing.rules.EmploymentRules;
import org.nottspartners.portal.licensing.rules.LicensingLimits;
import org.nottspartners.portal.licensing.rules.LightWork;
import org.nottspartners.portal.licensing.rules.PerformanceRules;
import org.nottspartners.portal.licensing.rules.RuleCheck;
import org.nottspartners.portal.licensing.rules.WorkPeriod;

/**
 * Reads a plan from a form, naming every wrong value in the user's words (a date that is no date, a day in the past, an
 * end before its start, two times on a day that overlap, a day the council's term dates do not reach), and checks it
 * against the limits in force in the current council on its first day.
 */
@ApplicationScoped
public class RuleChecks {

    /** The most days one plan may list (a year and a bit of days, twice a day). */
    public static final int MOST_DAYS = 800;

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)");

    /** The kinds of plan. */
    public enum Kind {
        PERFORMANCE, EMPLOYMENT
    }

    /** A plan read: what kind, the child's date of birth, the job, and the periods in time order. */
    public record Plan(Kind kind, LocalDate dateOfBirth, Optional<LightWork> job, List<WorkPeriod> periods) {
    }

    @Inject
    LicensingLimits limits;

    @Inject
    CouncilCalendars calendars;

    @Inject
    Today today;

    public RuleCheckView check(RuleCheckForm form) {
        Plan plan = read(form);
        return RuleCheckView.of(check(plan, form));
    }

    /** Checks a plan read earlier (an application's). */
    public RuleCheck check(Plan plan, RuleCheckForm form) {
        LocalDate first = plan.periods().get(0).day();
        if (plan.kind() == Kind.PERFORMANCE) {
            var exemptions = new PerformanceRules.Exemptions(Boolean.TRUE.equals(form.bodyOfPersonsApproval),
                    Boolean.TRUE.equals(form.arrangedBySchool), form.daysPerformedInPeriod == null ? Integer.MAX_VALUE : form.daysPerformedInPeriod,
                    !Boolean.FALSE.equals(form.paid), !Boolean.FALSE.equals(form.missesSchool));
            return PerformanceRules.check(new PerformanceRules.Plan(plan.dateOfBirth(), plan.periods(),
                    Optional.ofNullable(form.childrenWithChaperone), Boolean.TRUE.equals(form.chaperoneIsTutor)), exemptions,
                    limits.performance(first));
        }
        WorkingDayCalendar calendar = calendars.current();
        try {
            return EmploymentRules.check(new EmploymentRules.Plan(plan.dateOfBirth(), plan.job(), plan.periods()),
                    day -> DayType.of(day, calendar), limits.employment(first));
        } catch (IllegalStateException termDatesShort) {
            // a week of the plan reaches past the council's published term dates (its Monday to Friday decide its kind)
            throw new InvalidInputException("days", "The council has not published its term dates for every week of these days"
                    + " yet, so its school days are not known: ask the council");
        }
    }

    /** The plan in a form, or every problem with it at once. */
    public Plan read(RuleCheckForm form) {
        if (form == null) {
            throw new InvalidInputException("kind", "Send the plan to check");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Kind kind = null;
        if (form.kind == null || form.kind.isBlank()) {
            errors.add(new Problem.FieldError("kind", "Say whether this is a performance or a job (PERFORMANCE or EMPLOYMENT)"));
        } else {
            kind = Arrays.stream(Kind.values()).filter(k -> k.name().equalsIgnoreCase(form.kind.strip())).findFirst().orElse(null);
            if (kind == null) {
                errors.add(new Problem.FieldError("kind", "The kind of plan is PERFORMANCE or EMPLOYMENT"));
            }
        }
        LocalDate born = null;
        if (form.dateOfBirth == null || form.dateOfBirth.isBlank()) {
            errors.add(new Problem.FieldError("dateOfBirth", "Enter the child's date of birth"));
        } else {
            DateText.Reading dob = DateText.read(form.dateOfBirth, "the child's date of birth", "2015-04-02");
            dob.problem().ifPresent(p -> errors.add(new Problem.FieldError("dateOfBirth", p)));
            born = dob.date().orElse(null);
            if (born != null && born.isAfter(today.date())) {
                errors.add(new Problem.FieldError("dateOfBirth", "The child's date of birth must be in the past"));
                born = null;
            }
        }
        Optional<LightWork> job = Optional.empty();
        if (form.job != null && !form.job.isBlank()) {
            job = Arrays.stream(LightWork.values()).filter(j -> j.name().equalsIgnoreCase(form.job.strip())).findFirst();
            if (job.isEmpty()) {
                errors.add(new Problem.FieldError("job", "Choose the job from the list of light work, or leave it out for any other job"));
            }
        }
        List<WorkPeriod> periods = periods(form.days, errors);
        if (form.childrenWithChaperone != null && (form.childrenWithChaperone < 1 || form.childrenWithChaperone > 999)) {
            errors.add(new Problem.FieldError("childrenWithChaperone", "Enter how many children the chaperone looks after, from 1"));
        }
        if (form.daysPerformedInPeriod != null && (form.daysPerformedInPeriod < 0 || form.daysPerformedInPeriod > 366)) {
            errors.add(new Problem.FieldError("daysPerformedInPeriod", "Enter how many days the child performed in the last 6 months, from 0"));
        }
        if (kind == Kind.EMPLOYMENT && errors.isEmpty()) {
            WorkingDayCalendar calendar = calendars.current();
            for (int i = 0; i < periods.size(); i++) {
                try {
                    DayType.of(periods.get(i).day(), calendar);
                } catch (IllegalStateException unknown) {
                    errors.add(new Problem.FieldError("days[" + i + "].date", "The council has not published its term dates for "
                            + DateText.inWords(periods.get(i).day()) + " yet, so its school days are not known: ask the council"));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Plan(kind, born, job, periods);
    }

    /** The days of a form read (in time order), or every problem with them. */
    public List<WorkPeriod> readDays(List<RuleCheckForm.Day> days) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<WorkPeriod> periods = periods(days, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return periods;
    }

    private List<WorkPeriod> periods(List<RuleCheckForm.Day> days, List<Problem.FieldError> errors) {
        List<WorkPeriod> periods = new ArrayList<>();
        if (days == null || days.isEmpty()) {
            errors.add(new Problem.FieldError("days", "Enter at least one day with its times"));
            return periods;
        }
        if (days.size() > MOST_DAYS) {
            errors.add(new Problem.FieldError("days", "Enter at most " + MOST_DAYS + " days in one plan"));
            return periods;
        }
        for (int i = 0; i < days.size(); i++) {
            RuleCheckForm.Day day = days.get(i);
            String at = "days[" + i + "]";
            if (day == null) {
                errors.add(new Problem.FieldError(at, "Enter the day's date and times"));
                continue;
            }
            LocalDate date = null;
            if (day.date == null || day.date.isBlank()) {
                errors.add(new Problem.FieldError(at + ".date", "Enter the date of day " + (i + 1)));
            } else {
                DateText.Reading reading = DateText.read(day.date, "the date of day " + (i + 1), "2027-03-06");
                reading.problem().ifPresent(p -> errors.add(new Problem.FieldError(at + ".date", p)));
                date = reading.date().orElse(null);
                if (date != null && date.isBefore(today.date())) {
                    errors.add(new Problem.FieldError(at + ".date", "Day " + (i + 1) + " (" + DateText.inWords(date)
                            + ") is in the past: enter days from today"));
                    date = null;
                }
            }
            LocalTime start = time(day.start, at + ".start", "the time day " + (i + 1) + " starts", errors);
            LocalTime end = time(day.end, at + ".end", "the time day " + (i + 1) + " ends", errors);
            if (start != null && end != null && !end.isAfter(start)) {
                errors.add(new Problem.FieldError(at + ".end", "Day " + (i + 1) + " ends at " + end + ", before it starts at " + start
                        + ": the end must be after the start (a day that goes past midnight is two days)"));
                continue;
            }
            if (date != null && start != null && end != null) {
                WorkPeriod period = new WorkPeriod(date, start, end);
                for (WorkPeriod other : periods) {
                    if (other.overlaps(period)) {
                        errors.add(new Problem.FieldError(at + ".start", "Day " + (i + 1) + " (" + DateText.inWords(date) + ", " + start
                                + " to " + end + ") overlaps another time on the same day (" + other.start() + " to " + other.end() + ")"));
                        break;
                    }
                }
                periods.add(period);
            }
        }
        periods.sort(null);
        return periods;
    }

    private static LocalTime time(String text, String field, String what, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new Problem.FieldError(field, "Enter " + what));
            return null;
        }
        var m = TIME.matcher(text.strip());
        if (!m.matches()) {
            errors.add(new Problem.FieldError(field, "Enter " + what + " on the 24-hour clock, like 09:30 or 18:00"));
            return null;
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
