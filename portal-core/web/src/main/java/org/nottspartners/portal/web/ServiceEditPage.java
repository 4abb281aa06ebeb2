package org.nottspartners.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nottspartners.portal.core.directory.Directory;
import org.nottspartners.portal.core.directory.DirectoryAccess;
import org.nottspartners.portal.core.directory.DirectoryLocation;
import org.nottspartners.portal.core.directory.DirectoryOrganisation;
import org.nottspartners.portal.core.directory.DirectoryTerm;
import org.nottspartners.portal.core.directory.ServiceEntry;
import org.nottspartners.portal.core.directory.ServiceForm;
import org.nottspartners.portal.core.directory.ServiceStatus;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.problem.InvalidInputException;

/**
 * One entry of the services directory (issue 19): read by any member of staff; changed, or marked as checked, by the
 * council's administrators and by the staff of the organisation that runs it. The version read travels with the form,
 * so a colleague's change is never overwritten. New entries start here too ({@code id} left out).
 */
@Named("serviceEdit")
@RequestScoped
public class ServiceEditPage {

    /** Days as the standard writes them, in the order of the week. */
    public static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    private static final int SCHEDULE_ROWS = 3;

    @Inject
    Directory directory;

    @Inject
    DirectoryAccess access;

    private String id;
    private Long version;
    private ServiceEntry entry;
    private String organisationId;
    private String name;
    private String description;
    private String howToAccess;
    private String status = ServiceStatus.ACTIVE.name();
    private Integer minimumAge;
    private Integer maximumAge;
    private String url;
    private String email;
    private String alert;
    private List<String> placeIds = new ArrayList<>();
    private List<String> termIds = new ArrayList<>();
    private List<ScheduleRow> schedules = new ArrayList<>();
    private String contactName;
    private String contactPhone;
    private String costOption;
    private BigDecimal costAmount;
    private String languages;

    /** An opening time on the form: days, opening and closing times as the user types them ("09:30"). */
    public static class ScheduleRow {
        private List<String> days = new ArrayList<>();
        private String opens;
        private String closes;

        public List<String> getDays() {
            return days;
        }

        public void setDays(List<String> days) {
            this.days = days;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }

        boolean isEmpty() {
            return days.isEmpty() && (opens == null || opens.isBlank()) && (closes == null || closes.isBlank());
        }
    }

    public ServiceEditPage() {
        for (int i = 0; i < SCHEDULE_ROWS; i++) {
            schedules.add(new ScheduleRow());
        }
    }

    /** On first opening: the entry as it stands, or an empty one for the caller's organisation. */
    public void load() {
        entry = find();
        if (entry != null) {
            fill(entry);
        } else if (isNew()) {
            List<DirectoryOrganisation> mine = getOrganisations();
            organisationId = mine.size() == 1 ? mine.get(0).id().toString() : null;
        }
    }

    public String save() {
        ServiceEntry before = isNew() ? null : find();
        if (!isNew() && before == null) {
            return null;
        }
        ServiceEntry[] saved = new ServiceEntry[1];
        try {
            ServiceForm form = form(before);
            PageActions.Outcome outcome = PageActions.run(() -> saved[0] = directory.save(before == null ? null : before.service().id(),
                    form), "this entry", "service");
            if (outcome == PageActions.Outcome.DONE) {
                return "/directory/service?faces-redirect=true&saved=true&id=" + saved[0].service().id();
            }
            if (outcome == PageActions.Outcome.STALE) {
                entry = find(); // as the message says: the page now shows the entry as it is, never the stale copy to save again
                if (entry != null) {
                    fill(entry);
                }
            }
        } catch (InvalidInputException e) {
            PageActions.show("service", e);
        }
        entry = entry == null ? before : entry;
        return null;
    }

    public String markChecked() {
        ServiceEntry current = find();
        if (current == null) {
            return null;
        }
        PageActions.Outcome outcome = PageActions.run(() -> directory.markChecked(current.service().id(), version == null ? -1 : version),
                "this entry", null);
        if (outcome == PageActions.Outcome.DONE) {
            return "/directory/service?faces-redirect=true&checked=true&id=" + current.service().id();
        }
        entry = find();
        if (entry != null) {
            fill(entry);
        }
        return null;
    }

    private ServiceForm form(ServiceEntry before) {
        List<ServiceForm.Schedule> times = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<org.nottspartners.portal.core.directory.ServiceSchedule> rowsBefore = before == null ? List.of() : editable(before);
        for (int i = 0; i < schedules.size(); i++) {
            ScheduleRow r = schedules.get(i);
            if (r.isEmpty()) {
                continue;
            }
            LocalTime opens = time(r.opens, "schedules" + i + "opens", wrong);
            LocalTime closes = time(r.closes, "schedules" + i + "closes", wrong);
            var was = i < rowsBefore.size() ? rowsBefore.get(i) : null; // the row's own schedule keeps its id, words and place
            times.add(new ServiceForm.Schedule(was == null ? null : was.id(), "WEEKLY",
                    DAYS.stream().filter(r.days::contains).collect(Collectors.joining(",")), opens, closes,
                    was == null ? null : was.description(), was == null ? null : was.serviceAtLocationId()));
        }
        if (before != null) { // the times the page cannot show (monthly, "second Monday", beyond three) are kept as they are
            before.schedules().stream().filter(sc -> !rowsBefore.contains(sc)).forEach(sc -> times.add(new ServiceForm.Schedule(sc.id(),
                    sc.freq(), sc.byday(), sc.opensAt(), sc.closesAt(), sc.description(), sc.serviceAtLocationId())));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong.stream().map(w -> new org.nottspartners.portal.core.problem.Problem.FieldError(w,
                    "Enter the time like 09:30")).toList());
        }
        List<ServiceForm.Contact> contacts = new ArrayList<>();
        var firstContact = before == null ? null : before.contacts().stream().findFirst().orElse(null);
        if (notBlank(contactName) || notBlank(contactPhone)) {
            contacts.add(new ServiceForm.Contact(firstContact == null ? null : firstContact.id(), blankToNull(contactName),
                    firstContact == null ? null : firstContact.title(), blankToNull(contactPhone)));
        }
        List<ServiceForm.Cost> costs = new ArrayList<>();
        var firstCost = before == null ? null : before.costs().stream().findFirst().orElse(null);
        if (notBlank(costOption) || costAmount != null) {
            costs.add(new ServiceForm.Cost(firstCost == null ? null : firstCost.id(), blankToNull(costOption), costAmount,
                    firstCost == null ? null : firstCost.amountDescription()));
        }
        if (before != null) { // the parts the page does not show are kept as they are
            before.contacts().stream().skip(1).forEach(c -> contacts.add(new ServiceForm.Contact(c.id(), c.name(), c.title(), c.phone())));
            before.costs().stream().skip(1).forEach(c -> costs.add(new ServiceForm.Cost(c.id(), c.option(), c.amount(), c.amountDescription())));
        }
        List<String> langs = languages == null ? List.of() : Arrays.stream(languages.split(",")).map(String::trim)
                .filter(l -> !l.isEmpty()).distinct().toList();
        return new ServiceForm(uuid(organisationId), name, description, blankToNull(howToAccess), blankToNull(url), blankToNull(email),
                status, minimumAge, maximumAge, before == null ? null : before.service().reviewedOn(), blankToNull(alert), times,
                placeIds.stream().map(ServiceEditPage::uuid).filter(java.util.Objects::nonNull).toList(), contacts, costs, langs,
                termIds.stream().map(ServiceEditPage::uuid).filter(java.util.Objects::nonNull).toList(), version);
    }

    private void fill(ServiceEntry e) {
        var s = e.service();
        version = s.version();
        organisationId = s.organisationId().toString();
        name = s.name();
        description = s.description();
        howToAccess = s.howToAccess();
        status = s.status().name();
        minimumAge = s.minimumAge();
        maximumAge = s.maximumAge();
        url = s.url();
        email = s.email();
        alert = s.alert();
        placeIds = e.placements().stream().map(p -> p.location().id().toString()).collect(Collectors.toCollection(ArrayList::new));
        termIds = e.classifications().stream().map(c -> c.term().id().toString()).collect(Collectors.toCollection(ArrayList::new));
        List<org.nottspartners.portal.core.directory.ServiceSchedule> rows = editable(e);
        for (int i = 0; i < rows.size(); i++) {
            var sc = rows.get(i);
            ScheduleRow r = schedules.get(i);
            r.days = sc.byday() == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(sc.byday().split(",")));
            r.opens = sc.opensAt() == null ? null : sc.opensAt().toString();
            r.closes = sc.closesAt() == null ? null : sc.closesAt().toString();
        }
        e.contacts().stream().findFirst().ifPresent(c -> {
            contactName = c.name();
            contactPhone = c.phone();
        });
        e.costs().stream().findFirst().ifPresent(c -> {
            costOption = c.option();
            costAmount = c.amount();
        });
        languages = e.languages().stream().map(l -> l.name()).collect(Collectors.joining(", "));
    }

    /** The times the page's rows can show and change: weekly, on plain days, the first three. */
    static List<org.nottspartners.portal.core.directory.ServiceSchedule> editable(ServiceEntry e) {
        return e.schedules().stream().filter(sc -> "WEEKLY".equals(sc.freq())
                && (sc.byday() == null || Arrays.stream(sc.byday().split(",")).map(String::trim).allMatch(DAYS::contains)))
                .limit(SCHEDULE_ROWS).toList();
    }

    /** The times kept as they are because the page cannot show them, in words. */
    public List<String> getKeptSchedules() {
        if (entry == null) {
            return List.of();
        }
        List<org.nottspartners.portal.core.directory.ServiceSchedule> rows = editable(entry);
        return entry.schedules().stream().filter(sc -> !rows.contains(sc)).map(sc -> sc.inWords()).toList();
    }

    private ServiceEntry find() {
        UUID u = uuid(id);
        return u == null ? null : directory.entry(u).orElse(null);
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public boolean isMayEdit() {
        return isNew() ? !getOrganisations().isEmpty() : entry != null && access.mayEdit(entry.organisation());
    }

    public boolean isDueForReview() {
        return entry != null && !entry.checkedWithin(directory.reviewMonths(), directory.today());
    }

    /** The organisations the caller may put a service under. */
    public List<DirectoryOrganisation> getOrganisations() {
        return directory.editableOrganisations();
    }

    public List<DirectoryLocation> getPlaces() {
        return directory.locations();
    }

    public List<DirectoryTerm> getTerms() {
        return directory.terms();
    }

    public List<ServiceStatus> getStatuses() {
        return List.of(ServiceStatus.values());
    }

    public List<String> getDays() {
        return DAYS;
    }

    public String dayName(String code) {
        return org.nottspartners.portal.core.directory.Days.names(code);
    }

    public List<org.nottspartners.portal.core.history.HistoryEntry> getHistory() {
        return entry == null ? List.of() : directory.historyOf(entry.service().id());
    }

    private static LocalTime time(String text, String field, List<String> wrong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String t = text.trim().replace('.', ':');
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            wrong.add(field);
            return null;
        }
    }

    private static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.trim() : null;
    }

    public ServiceEntry getEntry() {
        return entry;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHowToAccess() {
        return howToAccess;
    }

    public void setHowToAccess(String howToAccess) {
        this.howToAccess = howToAccess;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(String alert) {
        this.alert = alert;
    }

    public List<String> getPlaceIds() {
        return placeIds;
    }

    public void setPlaceIds(List<String> placeIds) {
        this.placeIds = placeIds;
    }

    public List<String> getTermIds() {
        return termIds;
    }

    public void setTermIds(List<String> termIds) {
        this.termIds = termIds;
    }

    public List<ScheduleRow> getSchedules() {
        return schedules;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getCostOption() {
        return costOption;
    }

    public void setCostOption(String costOption) {
        this.costOption = costOption;
    }

    public BigDecimal getCostAmount() {
        return costAmount;
    }

    public void setCostAmount(BigDecimal costAmount) {
        this.costAmount = costAmount;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }
}
