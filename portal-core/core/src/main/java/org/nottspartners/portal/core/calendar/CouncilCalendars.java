package org.nottspartners.portal.core.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.nottspartners.portal.core.cache.CouncilCache;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.audit.AuditAction;
import org.nottspartners.portal.core.audit.AuditTrail;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.scope.TenantScope;

/**
 * Each council's working-day calendar (RULES.md §2, "Working days"): weekends, England and Wales bank
 * holidays shipped as data (2018-2030), changed by the council where the government moves one, the
 * council's closure days, and its school terms and INSET days. Read from the database each time, so an
 * administrator's change counts at once everywhere.
 */
@ApplicationScoped
@Transactional
public class CouncilCalendars {

    private static final BankHolidays SHIPPED = BankHolidays.englandAndWales();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Each council's calendar, built once and rebuilt when its administrators change it. */
    private final CouncilCache<String, WorkingDayCalendar> calendars = CouncilCache.named("calendar");

    /** The calendar of the given council. */
    public WorkingDayCalendar forCouncil(String tenantId) {
        return calendars.get(tenantId, id -> build(id, days(id), terms(id)));
    }

    /** The calendar of the current council. */
    public WorkingDayCalendar current() {
        return forCouncil(tenant());
    }

    public List<CalendarDay> days() {
        return days(tenant());
    }

    public List<SchoolTerm> terms() {
        return terms(tenant());
    }

    /** Marks a day of the current council's calendar; refused if the day is already marked so, or makes no sense. */
    public CalendarDay mark(LocalDate day, CalendarDayKind kind, String description) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (day == null) {
            errors.add(new Problem.FieldError("day", "Enter the date"));
        }
        if (kind == null) {
            errors.add(new Problem.FieldError("kind", "Choose what kind of day it is"));
        }
        if (description == null || description.isBlank() || description.length() > 200) {
            errors.add(new Problem.FieldError("description", "Say what the day is, in 200 characters or fewer"));
        }
        if (errors.isEmpty()) {
            if (kind == CalendarDayKind.BANK_HOLIDAY_REMOVED && !SHIPPED.isBankHoliday(day)) {
                errors.add(new Problem.FieldError("day", day + " is not a bank holiday, so it cannot be cancelled"));
            }
            if (kind == CalendarDayKind.BANK_HOLIDAY_ADDED && !SHIPPED.covers(day)) {
                errors.add(new Problem.FieldError("day", "The portal's bank holiday list covers " + SHIPPED.firstYear() + " to "
                        + SHIPPED.lastYear() + ": a holiday outside those years needs a new list"));
            } else if (kind == CalendarDayKind.BANK_HOLIDAY_ADDED && SHIPPED.isBankHoliday(day)) {
                errors.add(new Problem.FieldError("day", day + " is already a bank holiday ("
                        + SHIPPED.on(day).orElseThrow().name() + ")"));
            }
            boolean taken = days(tenant()).stream().anyMatch(d -> d.day().equals(day) && d.kind() == kind);
            if (taken) {
                errors.add(new Problem.FieldError("day", day + " is already marked as: " + kind.label()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CalendarDay marked = new CalendarDay(tenant(), day, kind, description);
        em.persist(marked);
        em.flush();
        calendars.changed(tenant());
        AuditTrail.record(AuditAction.CONFIGURE, "calendar-day", marked.id().toString(), kind.label() + " " + day + ": " + description);
        return marked;
    }

    public void unmark(UUID dayId) {
        CalendarDay day = days(tenant()).stream().filter(d -> d.id().equals(dayId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("There is no such day in this council's calendar."));
        em.remove(day);
        em.flush();
        calendars.changed(tenant());
        AuditTrail.record(AuditAction.CONFIGURE, "calendar-day", dayId.toString(), "removed " + day.kind().label() + " " + day.day());
    }

    /** Adds a run of term dates; refused if it ends before it starts or overlaps another. */
    public SchoolTerm addTerm(String name, LocalDate startsOn, LocalDate endsOn) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            errors.add(new Problem.FieldError("name", "Name the term, for example Autumn 1 2026, in 100 characters or fewer"));
        }
        if (startsOn == null) {
            errors.add(new Problem.FieldError("startsOn", "Enter the first day of term"));
        }
        if (endsOn == null) {
            errors.add(new Problem.FieldError("endsOn", "Enter the last day of term"));
        }
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                errors.add(new Problem.FieldError("endsOn", "The last day of term must be on or after the first"));
            } else {
                TermDates added = new TermDates(startsOn, endsOn);
                terms(tenant()).stream().filter(t -> t.asTermDates().overlaps(added)).findFirst().ifPresent(t -> errors.add(
                        new Problem.FieldError("startsOn", "These dates overlap " + t.name() + " (" + t.startsOn() + " to "
                                + t.endsOn() + ")")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SchoolTerm term = new SchoolTerm(tenant(), name, startsOn, endsOn);
        em.persist(term);
        em.flush();
        calendars.changed(tenant());
        AuditTrail.record(AuditAction.CONFIGURE, "school-term", term.id().toString(), name + " " + startsOn + " to " + endsOn);
        return term;
    }

    public void removeTerm(UUID termId) {
        SchoolTerm term = terms(tenant()).stream().filter(t -> t.id().equals(termId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("There is no such term in this council's calendar."));
        em.remove(term);
        em.flush();
        calendars.changed(tenant());
        AuditTrail.record(AuditAction.CONFIGURE, "school-term", termId.toString(), "removed " + term.name());
    }

    /** The shipped bank holidays changed by the council's own additions and cancellations, with its closures and terms. */
    static WorkingDayCalendar build(String tenantId, List<CalendarDay> days, List<SchoolTerm> terms) {
        Set<LocalDate> cancelled = datesOf(days, CalendarDayKind.BANK_HOLIDAY_REMOVED);
        List<BankHoliday> holidays = new ArrayList<>(SHIPPED.all().stream().filter(h -> !cancelled.contains(h.date())).toList());
        days.stream().filter(d -> d.kind() == CalendarDayKind.BANK_HOLIDAY_ADDED)
                .forEach(d -> holidays.add(new BankHoliday(d.day(), d.description())));
        return WorkingDayCalendar.builder(tenantId, BankHolidays.of(holidays))
                .councilClosureDays(datesOf(days, CalendarDayKind.COUNCIL_CLOSURE))
                .schoolClosureDays(datesOf(days, CalendarDayKind.SCHOOL_CLOSURE))
                .terms(terms.stream().map(SchoolTerm::asTermDates).toList())
                .build();
    }

    private static Set<LocalDate> datesOf(List<CalendarDay> days, CalendarDayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).map(CalendarDay::day).collect(Collectors.toSet());
    }

    private List<CalendarDay> days(String tenantId) {
        requireCurrent(tenantId);
        return em.createQuery("select d from CalendarDay d order by d.day", CalendarDay.class).getResultList();
    }

    private List<SchoolTerm> terms(String tenantId) {
        requireCurrent(tenantId);
        return em.createQuery("select t from SchoolTerm t order by t.startsOn", SchoolTerm.class).getResultList();
    }

    /** A council's calendar is read inside that council (its rows are under row-level security). */
    private static void requireCurrent(String tenantId) {
        if (!tenantId.equals(tenant())) {
            throw new IllegalStateException("The calendar of " + tenantId + " read outside that council");
        }
    }

    private static String tenant() {
        return TenantScope.current().orElseThrow(() -> new IllegalStateException("No council chosen"));
    }
}
