package org.nottspartners.portal.web;

import org.nottspartners.portal.core.page.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.nottspartners.portal.core.calendar.CalendarDay;
import org.nottspartners.portal.core.calendar.CalendarDayKind;
import org.nottspartners.portal.core.calendar.CouncilCalendars;
import org.nottspartners.portal.core.calendar.SchoolTerm;
import org.nottspartners.portal.core.person.PostcodeWard;
import org.nottspartners.portal.core.person.Wards;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;

/**
 * A council administrator keeps the council's calendar (closure days, bank holiday changes, INSET days,
 * school terms) and its postcode-to-ward map; every timescale and every new address uses them at once.
 */
@Named("calendarAdmin")
@RequestScoped
public class CalendarAdminPage {

    @Inject
    CouncilCalendars calendars;

    @Inject
    Wards wards;

    private String day;
    private CalendarDayKind kind = CalendarDayKind.COUNCIL_CLOSURE;
    private String description;
    private String termName;
    private String startsOn;
    private String endsOn;
    private String wardLines;

    public List<CalendarDay> getDays() {
        return calendars.days();
    }

    public List<SchoolTerm> getTerms() {
        return calendars.terms();
    }

    public List<PostcodeWard> getWards() {
        return wards.entries();
    }

    public CalendarDayKind[] getKinds() {
        return CalendarDayKind.values();
    }

    public void markDay() {
        try {
            LocalDate date = parse("day", day, "the date", "2026-12-29");
            calendars.mark(date, kind, description);
            info("Added " + kind.label().toLowerCase(java.util.Locale.UK) + " on " + date + ".");
            day = null;
            description = null;
        } catch (InvalidInputException e) {
            PageActions.show("dayForm", e);
        }
    }

    public void unmarkDay(UUID id) {
        try {
            calendars.unmark(id);
            info("Removed the day.");
        } catch (RecordNotFoundException e) {
            error(e.getMessage());
        }
    }

    public void addTerm() {
        try {
            LocalDate start = parse("startsOn", startsOn, "the first day", "2027-01-05");
            LocalDate end = parse("endsOn", endsOn, "the last day", "2027-02-12");
            calendars.addTerm(termName, start, end);
            info("Added " + termName + ".");
            termName = null;
            startsOn = null;
            endsOn = null;
        } catch (InvalidInputException e) {
            PageActions.show("termForm", e);
        }
    }

    public void removeTerm(UUID id) {
        try {
            calendars.removeTerm(id);
            info("Removed the term.");
        } catch (RecordNotFoundException e) {
            error(e.getMessage());
        }
    }

    /** Replaces the ward map from lines of "postcode, sector or district, ward". */
    public void replaceWards() {
        Map<String, String> map = new LinkedHashMap<>();
        String[] lines = wardLines == null ? new String[0] : wardLines.split("\\R");
        try {
            int n = 0;
            for (String line : lines) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new InvalidInputException("wardLines", "Line " + n + " needs a comma between the postcode and the ward: "
                            + line.strip());
                }
                map.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
            }
            if (map.isEmpty()) {
                throw new InvalidInputException("wardLines", "Enter at least one line, like NG7 2, Lenton & Wollaton East");
            }
            int saved = wards.replace(map);
            info("The ward map now has " + saved + " entries.");
        } catch (InvalidInputException e) {
            PageActions.show("wards", e);
        }
    }

    private static LocalDate parse(String field, String text, String what, String example) {
        var reading = org.nottspartners.portal.core.time.DateText.read(text, what, example);
        reading.problem().ifPresent(problem -> {
            throw new InvalidInputException(List.of(new Problem.FieldError(field, problem)));
        });
        return reading.date().orElse(null);
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public void setKind(CalendarDayKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTermName() {
        return termName;
    }

    public void setTermName(String termName) {
        this.termName = termName;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public String getWardLines() {
        return wardLines;
    }

    public void setWardLines(String wardLines) {
        this.wardLines = wardLines;
    }
}
