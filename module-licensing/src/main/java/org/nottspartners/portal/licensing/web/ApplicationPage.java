package org.nottspartners.portal.licensing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.nottspartners.portal.core.page.PageActions;
import org.nottspartners.portal.core.persistence.RecordNotFoundException;
import org.nottspartners.portal.core.problem.InvalidInputException;
import org.nottspartners.portal.core.problem.Problem;
import org.nottspartners.portal.core.time.DateText;
import org.nottspartners.portal.licensing.LicensingViews;
import org.nottspartners.portal.licensing.applications.Application;
import org.nottspartners.portal.licensing.applications.ApplicationForm;
import org.nottspartners.portal.licensing.applications.ApplicationKind;
import org.nottspartners.portal.licensing.applications.Applications;
import org.nottspartners.portal.licensing.checks.RuleCheckForm;
import org.nottspartners.portal.licensing.rules.LightWork;

/**
 * The public's application pages, one bean for them all: the application named by the address ({@code ?id=}, or the
 * form's hidden {@code id} on a postback) is read for the signed-in applicant only; each task page saves its own answers
 * ("Continue" asks for every answer on the page, "Save and come back later" keeps what is given), and the check page
 * sends it. What is refused is shown field by field in the GOV.UK error summary; nothing refused is saved.
 * <p>Why one class of some 660 lines: it backs the one-thing-per-page public application (GOV.UK pattern), one small
 * action per question page sharing the same load, ownership check, error summary and "save and come back" handling;
 * the officer's, school's and notification pages are their own beans ({@code OfficerPages}, {@code SchoolViewsPage},
 * {@code NotificationPages}).
 */
@Named
@RequestScoped
public class ApplicationPage {

    /** The answers of each task page, by the form's field names. */
    static final Map<String, List<String>> TASK_FIELDS = Map.of(
            "child", List.of("childGivenName", "childFamilyName", "childDateOfBirth", "childAddress", "childSchool"),
            "parent", List.of("parentName", "parentEmail"),
            "work", List.of("organisation", "title", "place", "startsOn", "paid"),
            "chaperone", List.of("chaperoneName", "childrenWithChaperone"),
            "days", List.of("days"),
            "documents", List.of("documents"),
            "you", List.of("applicantDateOfBirth", "applicantAddress", "dbsNumber", "dbsIssuedOn"),
            "references", List.of("referees", "trainedOn", "recordsCheckConsent"),
            "invite", List.of("parentPart"),
            "organisation", List.of("organisation", "title", "place", "startsOn", "endsOn", "safeguarding"));

    @Inject
    Applications applications;

    @Inject
    org.nottspartners.portal.core.time.Today today;

    @Inject
    org.nottspartners.portal.licensing.ApplicationViews views;

    private LicensingViews.ApplicationView application;

    // the answers on the page, as typed
    private String childGivenName;
    private String childFamilyName;
    private String dobDay;
    private String dobMonth;
    private String dobYear;
    private String childAddress;
    private String childSchool;
    private String parentName;
    private String parentEmail;
    private String organisation;
    private String title;
    private String place;
    private String startDay;
    private String startMonth;
    private String startYear;
    private String chaperoneName;
    private String childrenWithChaperone;
    private String tutorName;
    private String dayDay;
    private String dayMonth;
    private String dayYear;
    private String dayStart;
    private String dayEnd;
    private String youDay;
    private String youMonth;
    private String youYear;
    private String applicantAddress;
    private String dbsNumber;
    private String dbsDay;
    private String dbsMonth;
    private String dbsYear;
    private String referees;
    private String trainedDay;
    private String trainedMonth;
    private String trainedYear;
    private String endDay;
    private String endMonth;
    private String endYear;
    private String safeguarding;
    private jakarta.servlet.http.Part dbsCertificate;
    private jakarta.servlet.http.Part birthCertificate;
    private jakarta.servlet.http.Part photo;

    @PostConstruct
    void load() {
        String id = param("id");
        if (id == null) {
            return;
        }
        try {
            application = views.of(applications.visible(UUID.fromString(id)));
        } catch (IllegalArgumentException | RecordNotFoundException notThere) {
            application = null;
            return;
        }
        LicensingViews.ApplicationView a = application;
        childGivenName = a.childGivenName();
        childFamilyName = a.childFamilyName();
        if (a.childDateOfBirth() != null) {
            dobDay = String.valueOf(a.childDateOfBirth().getDayOfMonth());
            dobMonth = String.valueOf(a.childDateOfBirth().getMonthValue());
            dobYear = String.valueOf(a.childDateOfBirth().getYear());
        }
        childAddress = a.childAddress();
        childSchool = a.childSchool();
        parentName = a.parentName();
        parentEmail = a.parentEmail();
        organisation = a.organisation();
        title = a.title();
        place = a.place();
        if (a.startsOn() != null) {
            startDay = String.valueOf(a.startsOn().getDayOfMonth());
            startMonth = String.valueOf(a.startsOn().getMonthValue());
            startYear = String.valueOf(a.startsOn().getYear());
        }
        if (a.applicantDateOfBirth() != null) {
            youDay = String.valueOf(a.applicantDateOfBirth().getDayOfMonth());
            youMonth = String.valueOf(a.applicantDateOfBirth().getMonthValue());
            youYear = String.valueOf(a.applicantDateOfBirth().getYear());
        }
        applicantAddress = a.applicantAddress();
        dbsNumber = a.dbsNumber();
        if (a.dbsIssuedOn() != null) {
            dbsDay = String.valueOf(a.dbsIssuedOn().getDayOfMonth());
            dbsMonth = String.valueOf(a.dbsIssuedOn().getMonthValue());
            dbsYear = String.valueOf(a.dbsIssuedOn().getYear());
        }
        referees = a.referees();
        if (a.endsOn() != null) {
            endDay = String.valueOf(a.endsOn().getDayOfMonth());
            endMonth = String.valueOf(a.endsOn().getMonthValue());
            endYear = String.valueOf(a.endsOn().getYear());
        }
        safeguarding = a.safeguarding();
        if (a.trainedOn() != null) {
            trainedDay = String.valueOf(a.trainedOn().getDayOfMonth());
            trainedMonth = String.valueOf(a.trainedOn().getMonthValue());
            trainedYear = String.valueOf(a.trainedOn().getYear());
        }
        chaperoneName = a.chaperoneName();
        childrenWithChaperone = a.childrenWithChaperone() == null ? null : String.valueOf(a.childrenWithChaperone());
        tutorName = a.tutorName();
    }

    /** A page opened without an application the applicant may see answers 404, as for anyone else's. */
    public void requireApplication() throws IOException {
        if (application == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    // ----- the start page

    public List<LicensingViews.ApplicationSummary> getMine() {
        return applications.mine().stream().map(LicensingViews.ApplicationSummary::of).toList();
    }

    public List<ApplicationKind> getKinds() {
        return List.of(ApplicationKind.values());
    }

    /** Starts the application chosen, and opens its task list. */
    public String start() {
        String kind = param("kind");
        ApplicationKind chosen = Arrays.stream(ApplicationKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        if (chosen == null) {
            PageActions.fieldError("f:kind", "Select what you are applying for");
            return null;
        }
        Application a = applications.start(chosen);
        return "/licensing/tasks?faces-redirect=true&id=" + a.id();
    }

    // ----- the task pages

    public String saveChild(boolean finished) {
        ApplicationForm form = form();
        form.childGivenName = blankToEmpty(childGivenName);
        form.childFamilyName = blankToEmpty(childFamilyName);
        form.childDateOfBirth = date(dobDay, dobMonth, dobYear);
        form.childAddress = blankToEmpty(childAddress);
        form.childSchool = blankToEmpty(childSchool);
        return save(form, "child", finished);
    }

    public String saveParent(boolean finished) {
        ApplicationForm form = form();
        form.parentName = blankToEmpty(parentName);
        form.parentEmail = blankToEmpty(parentEmail);
        return save(form, "parent", finished);
    }

    public String saveWork(boolean finished) {
        ApplicationForm form = form();
        form.organisation = blankToEmpty(organisation);
        form.title = blankToEmpty(title);
        form.place = blankToEmpty(place);
        if (isEmployment()) {
            form.startsOn = date(startDay, startMonth, startYear);
            String job = param("lightWork");
            form.lightWork = job == null || "NONE".equals(job) ? "" : job;
        } else {
            String paid = param("paid");
            form.paid = paid == null ? null : "yes".equals(paid);
        }
        return save(form, "work", finished);
    }

    public String saveChaperone(boolean finished) {
        ApplicationForm form = form();
        form.chaperoneName = blankToEmpty(chaperoneName);
        form.tutorName = blankToEmpty(tutorName);
        String tutor = param("chaperoneIsTutor");
        form.chaperoneIsTutor = tutor == null ? null : "yes".equals(tutor);
        if (childrenWithChaperone != null && !childrenWithChaperone.isBlank()) {
            try {
                form.childrenWithChaperone = Integer.valueOf(childrenWithChaperone.strip());
            } catch (NumberFormatException notANumber) {
                PageActions.fieldError("f:childrenWithChaperone", "Enter how many children the chaperone looks after, as a number like 4");
                return null;
            }
        }
        return save(form, "chaperone", finished);
    }

    /** A chaperone's own details and DBS certificate. */
    public String saveYou(boolean finished) {
        ApplicationForm form = form();
        form.applicantDateOfBirth = date(youDay, youMonth, youYear);
        form.applicantAddress = blankToEmpty(applicantAddress);
        form.dbsNumber = blankToEmpty(dbsNumber);
        form.dbsIssuedOn = date(dbsDay, dbsMonth, dbsYear);
        return save(form, "you", finished);
    }

    /** The producer invites the child's parent to complete their part; back to the task list. */
    public String inviteParent() {
        if (application == null) {
            return gone();
        }
        UUID id = application.id();
        if (PageActions.run(() -> applications.inviteParent(id, version()), "this application", "f") == PageActions.Outcome.DONE) {
            return "/licensing/tasks?faces-redirect=true&id=" + id;
        }
        return reload(PageActions.Outcome.REFUSED);
    }

    /** The applications waiting for the signed-in member of the public as the child's parent. */
    public List<LicensingViews.ParentPartView> getParentParts() {
        return applications.invitedAsParent().stream().map(views::forParent).toList();
    }

    /** The parent part named by the address ({@code ?part=}), or null. */
    public LicensingViews.ParentPartView getParentPart() {
        String id = param("part");
        return getParentParts().stream().filter(p -> p.id().toString().equals(id)).findFirst().orElse(null);
    }

    private String healthDeclaration;

    public String getHealthDeclaration() {
        LicensingViews.ParentPartView part = healthDeclaration == null ? getParentPart() : null;
        return part == null ? healthDeclaration : part.healthDeclaration();
    }

    public void setHealthDeclaration(String v) {
        healthDeclaration = v;
    }

    /** The parent's part sent: their consent and the declaration of the child's health. */
    public String saveParentPart() {
        LicensingViews.ParentPartView part = getParentPart();
        if (part == null) {
            return gone();
        }
        String consent = param("parentConsent");
        Boolean agreed = consent == null ? null : "yes".equals(consent);
        Long read = PageActions.numberParameter("version");
        if (PageActions.run(() -> applications.parentPart(part.id(), read, agreed, healthDeclaration), "this application", "f")
                == PageActions.Outcome.DONE) {
            return "/licensing/apply?faces-redirect=true&parent=done";
        }
        return null;
    }

    /** A body of persons approval: the organisation, its performances, the period and its safeguarding. */
    public String saveOrganisation(boolean finished) {
        ApplicationForm form = form();
        form.organisation = blankToEmpty(organisation);
        form.title = blankToEmpty(title);
        form.place = blankToEmpty(place);
        form.startsOn = date(startDay, startMonth, startYear);
        form.endsOn = date(endDay, endMonth, endYear);
        form.safeguarding = blankToEmpty(safeguarding);
        return save(form, "organisation", finished);
    }

    /** A chaperone's referees, training and consent to the records check. */
    public String saveReferences(boolean finished) {
        ApplicationForm form = form();
        form.referees = blankToEmpty(referees);
        form.trainedOn = date(trainedDay, trainedMonth, trainedYear);
        String consent = param("recordsCheckConsent");
        form.recordsCheckConsent = consent == null ? null : "yes".equals(consent);
        return save(form, "references", finished);
    }

    /** Adds a day with its times; the rules are checked on the days saved and shown on the page at once. */
    public String addDay() {
        List<RuleCheckForm.Day> days = currentDays();
        days.add(new RuleCheckForm.Day(date(dayDay, dayMonth, dayYear), dayStart, dayEnd));
        return saveDays(days, days.size() - 1);
    }

    /** The day the remove page asks about ({@code ?index=}, the days in time order), in words. */
    public String getDayToRemove() {
        int index = index();
        if (application == null || index < 0 || index >= application.days().size()) {
            return "this day";
        }
        LicensingViews.ApplicationDayView d = application.days().get(index);
        return DateText.inWords(d.date()) + ", " + d.start() + " to " + d.end();
    }

    /** Removes the day the remove page asked about. */
    public String removeDay() {
        List<RuleCheckForm.Day> days = currentDays();
        int index = index();
        if (index >= 0 && index < days.size()) {
            days.remove(index);
            return saveDays(days, -1);
        }
        return application == null ? gone() : "/licensing/days?faces-redirect=true&id=" + application.id();
    }

    private static int index() {
        try {
            String index = param("index");
            return index == null ? -1 : Integer.parseInt(index);
        } catch (NumberFormatException notADay) {
            return -1;
        }
    }

    /** Sends the documents chosen (either or both), each checked by its content; then back to the task list. */
    public String saveDocuments() {
        if (application == null) {
            return gone();
        }
        UUID id = application.id();
        Long version = version();
        if (version == null) {
            PageActions.error("This page was not sent whole: open the application again and try once more.");
            return null;
        }
        for (var chosen : List.of(java.util.Map.entry(org.nottspartners.portal.licensing.applications.Attachment.Kind.BIRTH_CERTIFICATE,
                java.util.Optional.ofNullable(birthCertificate)), java.util.Map.entry(
                org.nottspartners.portal.licensing.applications.Attachment.Kind.DBS_CERTIFICATE, java.util.Optional.ofNullable(dbsCertificate)),
                java.util.Map.entry(org.nottspartners.portal.licensing.applications.Attachment.Kind.PHOTO, java.util.Optional.ofNullable(photo)))) {
            if (chosen.getValue().isEmpty() || chosen.getValue().get().getSize() == 0) {
                continue;
            }
            jakarta.servlet.http.Part part = chosen.getValue().get();
            String field = switch (chosen.getKey()) {
                case PHOTO -> "photo";
                case DBS_CERTIFICATE -> "dbsCertificate";
                case BIRTH_CERTIFICATE -> "birthCertificate";
            };
            try (java.io.InputStream in = part.getInputStream()) {
                applications.attach(id, version, chosen.getKey(), part.getSubmittedFileName(), in);
                version = applications.visible(id).version();
            } catch (InvalidInputException refused) {
                // the refusal against the file's own field, for the GOV.UK error summary's link
                refused.errors().forEach(e -> PageActions.fieldError("f:" + field, e.message()));
                application = views.of(applications.visible(id));
                return null;
            } catch (org.nottspartners.portal.core.persistence.TooLargeException
                    | org.nottspartners.portal.core.problem.ActionRefusedException tooLarge) {
                PageActions.fieldError("f:" + field, tooLarge.getMessage());
                application = views.of(applications.visible(id));
                return null;
            } catch (org.nottspartners.portal.core.persistence.StaleRecordException | jakarta.persistence.OptimisticLockException stale) {
                PageActions.error("Someone else changed this application while you were working on it. Nothing you entered has"
                        + " been saved. Check it and try again.");
                application = views.of(applications.visible(id));
                return null;
            } catch (java.io.IOException e) {
                PageActions.fieldError("f:" + field, "The file could not be read: choose it again");
                return null;
            }
        }
        return "/licensing/tasks?faces-redirect=true&id=" + id;
    }

    /** Sends the application; what is missing is named with a link to its page. */
    public String submit() {
        if (application == null) {
            return gone();
        }
        UUID id = application.id();
        PageActions.Outcome outcome = PageActions.run(() -> applications.submit(id, version()), "this application", null);
        return outcome == PageActions.Outcome.DONE ? "/licensing/sent?faces-redirect=true&id=" + id : reload(outcome);
    }

    // ----- what the pages show

    public LicensingViews.ApplicationView getApplication() {
        return application;
    }

    public boolean isApproval() {
        return application != null && ApplicationKind.BODY_OF_PERSONS.name().equals(application.kind());
    }

    /** The body of persons approvals in force today, for the public's list. */
    public List<LicensingViews.ApprovalView> getApprovals() {
        return applications.currentApprovals(today.date()).stream()
                .map(a -> new LicensingViews.ApprovalView(a.reference(), a.organisation(), a.title(), a.place(), a.startsOn(), a.endsOn()))
                .toList();
    }

    public boolean isChaperone() {
        return application != null && ApplicationKind.CHAPERONE.name().equals(application.kind());
    }

    public boolean isEmployment() {
        return application != null && ApplicationKind.EMPLOYMENT.name().equals(application.kind());
    }

    public String getKindTitle() {
        return application == null ? "" : ApplicationKind.valueOf(application.kind()).title();
    }

    /** A task's status for the task list: Completed, or Incomplete while an answer it needs is missing. */
    public boolean done(String task) {
        if (application == null) {
            return false;
        }
        Set<String> missing = new java.util.HashSet<>(application.missing().stream().map(Problem.FieldError::field).toList());
        return TASK_FIELDS.get(task).stream().noneMatch(missing::contains);
    }

    public List<LightWork> getLightWork() {
        return List.of(LightWork.values());
    }

    public String inWords(LocalDate date) {
        return DateText.inWords(date);
    }

    // ----- the steps

    private String save(ApplicationForm form, String task, boolean finished) {
        if (application == null) {
            return gone();
        }
        UUID id = application.id();
        PageActions.Outcome outcome = PageActions.run(() -> applications.save(id, form), "this application", "f");
        if (outcome != PageActions.Outcome.DONE) {
            return reload(outcome);
        }
        if (finished) {
            Application saved = applications.visible(id);
            List<Problem.FieldError> missing = applications.missing(saved).stream()
                    .filter(e -> TASK_FIELDS.get(task).contains(e.field())).toList();
            if (!missing.isEmpty()) {
                application = views.of(saved);
                missing.forEach(e -> PageActions.fieldError("f:" + e.field(), e.message()));
                return null;
            }
            return "/licensing/tasks?faces-redirect=true&id=" + id;
        }
        return "/licensing/apply?faces-redirect=true&saved=" + id;
    }

    private String saveDays(List<RuleCheckForm.Day> days, int added) {
        if (application == null) {
            return gone();
        }
        UUID id = application.id();
        try {
            applications.saveDays(id, version(), days);
            return "/licensing/days?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            for (Problem.FieldError err : e.errors()) {
                String prefix = "days[" + added + "].";
                if (err.field().startsWith(prefix)) {
                    String part = err.field().substring(prefix.length());
                    PageActions.fieldError("f:" + ("date".equals(part) ? "day" : part), err.message());
                } else {
                    PageActions.error(err.message());
                }
            }
            return null;
        } catch (RuntimeException e) {
            return reload(PageActions.run(() -> {
                throw e;
            }, "this application", null));
        }
    }

    /** A form posted for an application the applicant may not see (or that does not exist): nothing is done. */
    private static String gone() {
        PageActions.error("There is no such application.");
        return null;
    }

    private List<RuleCheckForm.Day> currentDays() {
        if (application == null) {
            return new ArrayList<>();
        }
        List<RuleCheckForm.Day> days = new ArrayList<>();
        for (LicensingViews.ApplicationDayView d : application.days()) {
            days.add(new RuleCheckForm.Day(d.date().toString(), d.start().toString(), d.end().toString()));
        }
        return days;
    }

    private String reload(PageActions.Outcome outcome) {
        if (outcome == PageActions.Outcome.STALE) {
            application = views.of(applications.visible(application.id()));
        }
        return null;
    }

    private ApplicationForm form() {
        ApplicationForm form = new ApplicationForm();
        form.version = application == null ? null : version();
        return form;
    }

    /** The version the page's form was shown with (none or garbled: null, and the step is refused). */
    private static Long version() {
        return PageActions.numberParameter("version");
    }

    /** The three parts of a GOV.UK date as year-month-day; all blank is no date (""), part given is checked as typed. */
    static String date(String day, String month, String year) {
        boolean none = (day == null || day.isBlank()) && (month == null || month.isBlank()) && (year == null || year.isBlank());
        if (none) {
            return "";
        }
        return (year == null ? "" : year.strip()) + "-" + (month == null ? "" : month.strip()) + "-" + (day == null ? "" : day.strip());
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String param(String name) {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        String value = ext.getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value;
    }

    // ----- the fields' values

    public String getChildGivenName() { return childGivenName; }
    public void setChildGivenName(String v) { childGivenName = v; }
    public String getChildFamilyName() { return childFamilyName; }
    public void setChildFamilyName(String v) { childFamilyName = v; }
    public String getDobDay() { return dobDay; }
    public void setDobDay(String v) { dobDay = v; }
    public String getDobMonth() { return dobMonth; }
    public void setDobMonth(String v) { dobMonth = v; }
    public String getDobYear() { return dobYear; }
    public void setDobYear(String v) { dobYear = v; }
    public String getChildAddress() { return childAddress; }
    public void setChildAddress(String v) { childAddress = v; }
    public String getChildSchool() { return childSchool; }
    public void setChildSchool(String v) { childSchool = v; }
    public String getParentName() { return parentName; }
    public void setParentName(String v) { parentName = v; }
    public String getParentEmail() { return parentEmail; }
    public void setParentEmail(String v) { parentEmail = v; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { organisation = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String v) { startDay = v; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String v) { startMonth = v; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String v) { startYear = v; }
    public String getChaperoneName() { return chaperoneName; }
    public void setChaperoneName(String v) { chaperoneName = v; }
    public String getChildrenWithChaperone() { return childrenWithChaperone; }
    public void setChildrenWithChaperone(String v) { childrenWithChaperone = v; }
    public String getTutorName() { return tutorName; }
    public void setTutorName(String v) { tutorName = v; }
    public String getDayDay() { return dayDay; }
    public void setDayDay(String v) { dayDay = v; }
    public String getDayMonth() { return dayMonth; }
    public void setDayMonth(String v) { dayMonth = v; }
    public String getDayYear() { return dayYear; }
    public void setDayYear(String v) { dayYear = v; }
    public String getDayStart() { return dayStart; }
    public void setDayStart(String v) { dayStart = v; }
    public String getYouDay() { return youDay; }
    public void setYouDay(String v) { youDay = v; }
    public String getYouMonth() { return youMonth; }
    public void setYouMonth(String v) { youMonth = v; }
    public String getYouYear() { return youYear; }
    public void setYouYear(String v) { youYear = v; }
    public String getApplicantAddress() { return applicantAddress; }
    public void setApplicantAddress(String v) { applicantAddress = v; }
    public String getDbsNumber() { return dbsNumber; }
    public void setDbsNumber(String v) { dbsNumber = v; }
    public String getDbsDay() { return dbsDay; }
    public void setDbsDay(String v) { dbsDay = v; }
    public String getDbsMonth() { return dbsMonth; }
    public void setDbsMonth(String v) { dbsMonth = v; }
    public String getDbsYear() { return dbsYear; }
    public void setDbsYear(String v) { dbsYear = v; }
    public String getReferees() { return referees; }
    public void setReferees(String v) { referees = v; }
    public String getTrainedDay() { return trainedDay; }
    public void setTrainedDay(String v) { trainedDay = v; }
    public String getTrainedMonth() { return trainedMonth; }
    public void setTrainedMonth(String v) { trainedMonth = v; }
    public String getTrainedYear() { return trainedYear; }
    public void setTrainedYear(String v) { trainedYear = v; }
    public String getEndDay() { return endDay; }
    public void setEndDay(String v) { endDay = v; }
    public String getEndMonth() { return endMonth; }
    public void setEndMonth(String v) { endMonth = v; }
    public String getEndYear() { return endYear; }
    public void setEndYear(String v) { endYear = v; }
    public String getSafeguarding() { return safeguarding; }
    public void setSafeguarding(String v) { safeguarding = v; }
    public jakarta.servlet.http.Part getDbsCertificate() { return dbsCertificate; }
    public void setDbsCertificate(jakarta.servlet.http.Part v) { dbsCertificate = v; }
    public jakarta.servlet.http.Part getBirthCertificate() { return birthCertificate; }
    public void setBirthCertificate(jakarta.servlet.http.Part v) { birthCertificate = v; }
    public jakarta.servlet.http.Part getPhoto() { return photo; }
    public void setPhoto(jakarta.servlet.http.Part v) { photo = v; }
    public String getDayEnd() { return dayEnd; }
    public void setDayEnd(String v) { dayEnd = v; }
}
